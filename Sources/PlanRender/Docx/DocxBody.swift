/// The body of `word/document.xml` as it is built: paragraphs, runs, tables and charts, with
/// the relationships, list instances and chart parts they need. Every text run carries the
/// language of the text it holds (``language``), so Word checks spelling with the right
/// dictionary.
struct DocxBody {
    /// The XML of the body so far.
    private(set) var xml = XMLWriter(declaration: false)
    /// The language of the runs written now (a chapter's own while it is written).
    var language: String
    var relationships = DocxRelationships()
    var numbering = DocxNumbering()
    /// The chart parts, `word/charts/chartN.xml` in order, each with its embedded workbook.
    private(set) var charts: [(xml: String, workbook: [UInt8])] = []
    private var nextBookmark = 0
    private var nextDrawing = 0

    init(language: String) { self.language = language }

    // MARK: Paragraphs and runs

    /// One paragraph whose content `runs` writes.
    mutating func paragraph(_ style: DocxParagraphStyle = DocxParagraphStyle(), _ runs: (inout DocxBody) -> Void) {
        xml.open("w:p")
        if style.style != nil || style.keepNext || style.list != nil {
            xml.open("w:pPr")
            if let s = style.style { xml.empty("w:pStyle", ["w:val": s]) }
            if style.keepNext { xml.empty("w:keepNext") }
            if let list = style.list {
                xml.element("w:numPr") { w in
                    w.empty("w:ilvl", ["w:val": "\(list.level)"])
                    w.empty("w:numId", ["w:val": "\(list.numberingID)"])
                }
            }
            xml.close("w:pPr")
        }
        if let bookmark = style.bookmark {
            nextBookmark += 1
            xml.empty("w:bookmarkStart", ["w:id": "\(nextBookmark)", "w:name": bookmark])
            runs(&self)
            xml.empty("w:bookmarkEnd", ["w:id": "\(nextBookmark)"])
        } else {
            runs(&self)
        }
        xml.close("w:p")
    }

    /// A paragraph of one run of `text`.
    mutating func paragraph(_ text: String, _ style: DocxParagraphStyle = DocxParagraphStyle(), run: DocxRunStyle = .plain) {
        paragraph(style) { $0.run(text, run) }
    }

    /// A heading at Word level `level` (1-6), with a bookmark when it is a target.
    mutating func heading(_ text: String, level: Int, anchor: String? = nil) {
        paragraph(text, DocxParagraphStyle("Heading\(min(max(level, 1), 6))", bookmark: anchor.map(DocxBookmark.name)))
    }

    /// A run of text; line feeds become line breaks and tabs tab characters.
    mutating func run(_ text: String, _ style: DocxRunStyle = .plain) {
        guard !text.isEmpty else { return }
        xml.open("w:r")
        runProperties(style)
        // Most runs hold neither a line feed nor a tab: one text element.
        guard text.containsUTF8Byte(where: { $0 == 10 || $0 == 9 }) else {
            xml.element("w:t", ["xml:space": "preserve"], text: text)
            xml.close("w:r")
            return
        }
        var first = true
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if !first { xml.empty("w:br") }
            first = false
            var firstPiece = true
            for piece in line.split(separator: "\t", omittingEmptySubsequences: false) {
                if !firstPiece { xml.empty("w:tab") }
                firstPiece = false
                if !piece.isEmpty { xml.element("w:t", ["xml:space": "preserve"], text: String(piece)) }
            }
        }
        xml.close("w:r")
    }

    /// A line break inside the paragraph.
    mutating func lineBreak() {
        xml.open("w:r")
        xml.empty("w:br")
        xml.close("w:r")
    }

    private mutating func runProperties(_ style: DocxRunStyle) {
        xml.open("w:rPr")
        if let s = style.characterStyle { xml.empty("w:rStyle", ["w:val": s]) }
        if style.bold { xml.empty("w:b"); xml.empty("w:bCs") }
        if style.italic { xml.empty("w:i"); xml.empty("w:iCs") }
        if let colour = style.colour { xml.empty("w:color", ["w:val": colour]) }
        if let size = style.size { xml.empty("w:sz", ["w:val": "\(size)"]); xml.empty("w:szCs", ["w:val": "\(size)"]) }
        xml.empty("w:lang", ["w:val": language, "w:bidi": language])
        xml.close("w:rPr")
    }

    /// A link around what `content` writes: to a web address (a relationship), or to a bookmark
    /// of this document when `address` is `#anchor`.
    mutating func hyperlink(_ address: String, _ content: (inout DocxBody) -> Void) {
        if address.hasPrefix("#") {
            xml.open("w:hyperlink", ["w:anchor": DocxBookmark.name(String(address.dropFirst())), "w:history": "1"])
        } else {
            let id = relationships.hyperlink(address)
            xml.open("w:hyperlink", ["r:id": id, "w:history": "1"])
        }
        content(&self)
        xml.close("w:hyperlink")
    }

    // MARK: Fields and breaks

    /// A complex field (`PAGE`) showing `placeholder` until the reader computes it.
    mutating func field(_ instruction: String, placeholder: String, dirty: Bool = false) {
        fieldStart(instruction, dirty: dirty)
        run(placeholder)
        fieldEnd()
    }

    /// The start of a complex field whose result follows (possibly over several paragraphs,
    /// as a table of contents) up to ``fieldEnd()``. A dirty field is computed again by Word when
    /// the document opens.
    mutating func fieldStart(_ instruction: String, dirty: Bool) {
        xml.open("w:r")
        if dirty { xml.empty("w:fldChar", ["w:fldCharType": "begin", "w:dirty": "true"]) } else { xml.empty("w:fldChar", ["w:fldCharType": "begin"]) }
        xml.close("w:r")
        xml.open("w:r")
        xml.element("w:instrText", ["xml:space": "preserve"], text: " \(instruction) ")
        xml.close("w:r")
        xml.open("w:r")
        xml.empty("w:fldChar", ["w:fldCharType": "separate"])
        xml.close("w:r")
    }

    /// The end of the field ``fieldStart(_:dirty:)`` opened.
    mutating func fieldEnd() {
        xml.open("w:r")
        xml.empty("w:fldChar", ["w:fldCharType": "end"])
        xml.close("w:r")
    }

    /// A page break before what follows.
    mutating func pageBreak() {
        paragraph { body in
            body.xml.open("w:r")
            body.xml.empty("w:br", ["w:type": "page"])
            body.xml.close("w:r")
        }
    }

    // MARK: Tables and charts

    /// A table (see ``DocxTable``).
    mutating func table(_ table: DocxTable) {
        table.write(into: &self)
    }

    /// XML written by a part of the body that builds its own elements (tables, drawings).
    mutating func raw(_ write: (inout XMLWriter) -> Void) { write(&xml) }

    /// A chart part, shown inline in its own paragraph with `description` as its alternative
    /// text.
    mutating func chart(_ chart: DocxChart) throws {
        guard !chart.isEmpty else { return }
        charts.append((chart.xml(language: language), try DocxChartWorkbook(chart: chart).bytes()))
        let number = charts.count
        let id = relationships.add(type: DocxNamespace.Relationship.chart, target: "charts/chart\(number).xml")
        nextDrawing += 1
        let drawing = nextDrawing
        let (width, height) = chart.size
        paragraph(DocxParagraphStyle(keepNext: true)) { body in
            body.xml.open("w:r")
            body.xml.element("w:drawing") { w in
                w.element("wp:inline", ["distT": "0", "distB": "0", "distL": "0", "distR": "0"]) { w in
                    w.empty("wp:extent", ["cx": "\(width)", "cy": "\(height)"])
                    w.empty("wp:effectExtent", ["l": "0", "t": "0", "r": "0", "b": "0"])
                    w.empty("wp:docPr", ["id": "\(drawing)", "name": "Chart \(drawing)", "title": chart.title, "descr": chart.description])
                    w.empty("wp:cNvGraphicFramePr")
                    w.element("a:graphic", ["xmlns:a": DocxNamespace.a]) { w in
                        w.element("a:graphicData", ["uri": DocxNamespace.c]) { w in
                            w.empty("c:chart", ["xmlns:c": DocxNamespace.c, "xmlns:r": DocxNamespace.r, "r:id": id])
                        }
                    }
                }
            }
            body.xml.close("w:r")
        }
    }
}
