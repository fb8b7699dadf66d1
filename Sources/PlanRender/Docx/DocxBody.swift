/// The body of `word/document.xml` as it is built: paragraphs, runs, tables and charts, with
/// the relationships, list instances and chart parts they need. Every text run is in the
/// language of the text it holds (``language``: the document defaults' or its own), so Word
/// checks spelling with the right dictionary.
struct DocxBody: Sendable {
    /// The XML of the body so far.
    private(set) var xml = XMLWriter(declaration: false)
    /// The language of the runs written now (a chapter's own while it is written).
    var language: String
    /// The language of the styles' document defaults: a run in it carries no language of its
    /// own. `nil` when the defaults are not ours (a reference document's styles): every run
    /// then carries its language.
    let defaultLanguage: String?
    /// The page: tables and charts are as wide as the text between its margins.
    let page: DocxPageSetup
    var relationships = DocxRelationships()
    var numbering = DocxNumbering()
    /// The chart parts, `word/charts/chartN.xml` in order, each with its embedded workbook.
    private(set) var charts: [(xml: String, workbook: [UInt8])] = []
    /// The pictures' files, `word/media/pictureN.svg`, in order.
    private(set) var media: [(name: String, bytes: [UInt8])] = []
    private var nextBookmark = 0
    /// The numbers of the last Heading 1, 2 and 3 written (as Word numbers them: ``DocxNumbering``).
    private var headingCounters = Array(repeating: 0, count: DocxNumbering.headingLevels)
    /// The number of each bookmarked heading (`2`, `2.3`), by bookmark: the contents shows them.
    private(set) var headingNumbers: [String: String] = [:]
    /// Whether this body is a fragment (a chapter body converted once for every document that
    /// shows it, ``DocxNarrativeCache``): it records where it wrote the IDs that are the
    /// document's to give, and the headings it numbered, for ``append(_:)``.
    private(set) var isFragment = false
    /// In a fragment, the IDs written: where, how long, and what for, in order.
    private var holes: [Hole] = []
    /// In a fragment, the targets of its links, by the link holes' ``Hole/value``.
    private var holeLinks: [DocxRelationships.LinkTarget] = []
    /// In a fragment, each numbered heading in order: its level and bookmark.
    private var headings: [(level: Int, bookmark: String?)] = []

    /// An ID a fragment wrote that a document gives its own value to (plain values: a
    /// fragment is copied into every document that shows it, hole by hole).
    private struct Hole: Sendable {
        var offset: Int
        var length: Int
        var kind: Kind
        /// A link's target in ``holeLinks``; the fragment's list instance (its `numId`); the
        /// fragment's bookmark (its `w:id`).
        var value: Int

        enum Kind: Sendable {
            /// The relationship ID of a link.
            case link
            /// A list instance.
            case list
            /// A bookmark's ID, in a heading's start or end.
            case bookmark
        }
    }
    private var nextDrawing = 0

    /// A body in `language`; `languageInStyles` when the styles part is ours, whose document
    /// defaults are in that language.
    init(language: String, languageInStyles: Bool = true, page: DocxPageSetup = .a4) {
        self.language = language
        defaultLanguage = languageInStyles ? language : nil
        self.page = page
    }

    // MARK: Paragraphs and runs

    /// One paragraph whose content `runs` writes.
    mutating func paragraph(_ style: DocxParagraphStyle = DocxParagraphStyle(), _ runs: (inout DocxBody) -> Void) {
        xml.raw("<w:p>")
        if style.style != nil || style.keepNext || style.list != nil {
            xml.raw("<w:pPr>")
            if let s = style.style {
                xml.valueElement("<w:pStyle w:val=\"", s)
            }
            if style.keepNext { xml.raw("<w:keepNext/>") }
            if let list = style.list {
                xml.raw("<w:numPr><w:ilvl w:val=\"")
                xml.number(list.level)
                xml.raw("\"/><w:numId w:val=\"")
                let start = position
                xml.number(list.numberingID)
                if isFragment { holes.append(Hole(offset: start, length: position - start, kind: .list, value: list.numberingID)) }
                xml.raw("\"/></w:numPr>")
            }
            xml.raw("</w:pPr>")
        }
        if let level = style.style.flatMap(Self.headingLevel) { countHeading(level, bookmark: style.bookmark) }
        if let bookmark = style.bookmark {
            nextBookmark += 1
            let id = nextBookmark
            xml.raw("<w:bookmarkStart w:id=\"")
            bookmarkID(id)
            xml.raw("\" w:name=\"")
            xml.attributeValue(bookmark)
            xml.raw("\"/>")
            runs(&self)
            xml.raw("<w:bookmarkEnd w:id=\"")
            bookmarkID(id)
            xml.raw("\"/>")
        } else {
            runs(&self)
        }
        xml.raw("</w:p>")
    }

    /// A table cell's paragraph (`TableText`, or `TableFigure` for a figure), kept with the next
    /// row when `keepNext`: the bytes ``paragraph(_:_:)-(DocxParagraphStyle,_)`` writes for
    /// that style, without building the style.
    mutating func tableParagraph(figure: Bool, keepNext: Bool, _ runs: (inout DocxBody) -> Void) {
        switch (figure, keepNext) {
        case (false, false): xml.raw("<w:p><w:pPr><w:pStyle w:val=\"TableText\"/></w:pPr>")
        case (false, true): xml.raw("<w:p><w:pPr><w:pStyle w:val=\"TableText\"/><w:keepNext/></w:pPr>")
        case (true, false): xml.raw("<w:p><w:pPr><w:pStyle w:val=\"TableFigure\"/></w:pPr>")
        case (true, true): xml.raw("<w:p><w:pPr><w:pStyle w:val=\"TableFigure\"/><w:keepNext/></w:pPr>")
        }
        runs(&self)
        xml.raw("</w:p>")
    }

    /// The level of a numbered heading style (`Heading1` to `Heading3`); `nil` for another style.
    static func headingLevel(_ style: String) -> Int? {
        guard style.utf8.count == 8, style.hasPrefix("Heading"), let digit = style.utf8.last, digit >= 49,
              digit < 49 + UInt8(DocxNumbering.headingLevels) else { return nil }
        return Int(digit - 48)
    }

    /// A bookmark's `w:id` (a hole in a fragment).
    private mutating func bookmarkID(_ id: Int) {
        let start = position
        xml.number(id)
        if isFragment { holes.append(Hole(offset: start, length: position - start, kind: .bookmark, value: id)) }
    }

    /// Counts a heading at `level` (a Heading 2 before any Heading 1 is numbered 0.1, as Word
    /// does), and keeps the number of a bookmarked one for the contents.
    private mutating func countHeading(_ level: Int, bookmark: String?) {
        if isFragment { headings.append((level, bookmark)) }
        headingCounters[level - 1] += 1
        for deeper in level..<headingCounters.count { headingCounters[deeper] = 0 }
        if let bookmark { headingNumbers[bookmark] = headingCounters[0..<level].map(String.init).joined(separator: ".") }
    }

    /// Where the next element will be written, for ``insert(_:at:)``.
    var position: Int { xml.count }

    /// Puts `other`'s XML at `position` (a part written after what follows it: the contents,
    /// which shows the headings' numbers). `other` holds no relationships, lists or charts.
    mutating func insert(_ other: DocxBody, at position: Int) {
        xml.insert(other.xml, at: position)
    }

    /// The body of `word/document.xml` in `language`: the part's start is written first, and
    /// ``endDocument()`` closes it, so the part is this body's bytes (no copy of tens of
    /// megabytes).
    init(document language: String, languageInStyles: Bool = true, page: DocxPageSetup = .a4) {
        self.init(language: language, languageInStyles: languageInStyles, page: page)
        xml = XMLWriter(declaration: true, capacity: 1 << 20)
        DocxPageParts.documentStart(&xml)
    }

    /// Ends the part a body made by ``init(document:languageInStyles:page:)`` holds.
    mutating func endDocument() { DocxPageParts.documentEnd(&xml, page: page) }

    /// An empty fragment in `language` for a document whose body is `body` (see ``isFragment``).
    static func fragment(language: String, like body: DocxBody) -> DocxBody {
        var fragment = DocxBody(language: body.defaultLanguage ?? language, languageInStyles: body.defaultLanguage != nil, page: body.page)
        // Room for a chapter of a few pages: growing from nothing copied each one several times.
        fragment.xml = XMLWriter(declaration: false, capacity: fragmentCapacity)
        fragment.language = language
        fragment.isFragment = true
        return fragment
    }

    /// The room a fragment's XML starts with.
    static let fragmentCapacity = 16 << 10

    /// Writes `fragment` (made by ``fragment(language:like:)``) as if its content were written
    /// here: its links get this document's relationships, its lists this document's list
    /// instances (in the order it made them, as when written here), its bookmarks this
    /// document's next IDs, its headings are counted. Appended to a fragment, its holes become
    /// that fragment's.
    mutating func append(_ fragment: DocxBody) {
        // A fragment holds no charts or pictures (their IDs are not holes).
        assert(fragment.nextDrawing == 0 && fragment.charts.isEmpty && fragment.media.isEmpty)
        // The document's list instance for each of the fragment's, by its `numId - 2`.
        var lists: [Int] = []
        lists.reserveCapacity(fragment.numbering.instances.count)
        for ordered in fragment.numbering.instances { lists.append(numbering.newList(ordered: ordered)) }
        let bookmarks = nextBookmark
        nextBookmark += fragment.nextBookmark
        var from = 0
        for hole in fragment.holes {
            xml.raw(fragment.xml, from..<hole.offset)
            let start = position
            let value: Int
            switch hole.kind {
            case .link:
                let target = fragment.holeLinks[hole.value]
                linkID(relationships.hyperlink(target))
                value = holeLinks.count
                if isFragment { holeLinks.append(target) }
            case .list:
                value = lists.indices.contains(hole.value - 2) ? lists[hole.value - 2] : numbering.newList(ordered: false)
                xml.number(value)
            case .bookmark:
                value = bookmarks + hole.value
                xml.number(value)
            }
            if isFragment { holes.append(Hole(offset: start, length: position - start, kind: hole.kind, value: value)) }
            from = hole.offset + hole.length
        }
        xml.raw(fragment.xml, from..<fragment.xml.count)
        for heading in fragment.headings { countHeading(heading.level, bookmark: heading.bookmark) }
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
        // Written from the text's bytes in place (a `Substring` of it cost about 500 instructions).
        var text = text
        text.withUTF8 { run(utf8: $0, style) }
    }

    /// A run of the UTF-8 text `utf8` (valid UTF-8), as ``run(_:_:)``.
    mutating func run(utf8: UnsafeBufferPointer<UInt8>, _ style: DocxRunStyle = .plain) {
        guard !utf8.isEmpty else { return }
        xml.raw("<w:r>")
        runProperties(style)
        // Most runs hold no control character (no line feed, no tab): one text element.
        if !Self.hasControlByte(utf8) {
            textElement(utf8)
        } else {
            // Line feeds become line breaks and tabs tab characters, read on the bytes (splitting
            // the `String` by characters cost about 19,000 instructions a run). A line feed after a
            // carriage return is one character with it, which splitting by characters kept in the text.
            var start = 0
            for index in utf8.indices {
                let byte = utf8[index]
                guard byte == 9 || (byte == 10 && (index == 0 || utf8[index - 1] != 13)) else { continue }
                if start < index { textElement(UnsafeBufferPointer(rebasing: utf8[start..<index])) }
                xml.raw(byte == 10 ? "<w:br/>" : "<w:tab/>")
                start = index + 1
            }
            if start < utf8.count { textElement(UnsafeBufferPointer(rebasing: utf8[start...])) }
        }
        xml.raw("</w:r>")
    }

    /// `<w:t>` of the UTF-8 `utf8`, with `xml:space="preserve"` only when the text has spaces a
    /// reader would otherwise drop (at either end, or two in a row).
    private mutating func textElement(_ utf8: UnsafeBufferPointer<UInt8>) {
        xml.raw(Self.keepsSpaces(utf8) ? "<w:t xml:space=\"preserve\">" : "<w:t>")
        xml.characters(utf8)
        xml.raw("</w:t>")
    }

    /// Whether `text` starts or ends with a space or holds two spaces in a row.
    static func keepsSpaces(_ text: some StringProtocol) -> Bool {
        if let spaces = text.utf8.withContiguousStorageIfAvailable(keepsSpaces) { return spaces }
        return Array(text.utf8).withUnsafeBufferPointer(keepsSpaces)
    }

    /// Whether the UTF-8 `utf8` starts or ends with a space or holds two spaces in a row.
    static func keepsSpaces(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = utf8.baseAddress, let first = utf8.first, let last = utf8.last else { return false }
        if first == 32 || last == 32 { return true }
        // Eight bytes at a time, each word overlapping the next by one byte (a pair across two
        // words is in one of them): 0x80 marks exactly the spaces ("Bit Twiddling Hacks").
        let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F, spaces: UInt64 = 0x2020_2020_2020_2020
        var index = 0
        while index + 8 <= utf8.count {
            let zeroed = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) ^ spaces
            let marks = ~(((zeroed & lows) &+ lows) | zeroed | lows)
            if marks & (marks >> 8) != 0 { return true }
            index += 7
        }
        var previous: UInt8 = 0
        for byte in utf8[index...] {
            if byte == 32 && previous == 32 { return true }
            previous = byte
        }
        return false
    }

    /// Whether the UTF-8 `utf8` holds a byte below 0x20 (a line feed, a tab, or a control
    /// character the writer drops), eight bytes at a time.
    static func hasControlByte(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = utf8.baseAddress else { return false }
        var index = 0
        while index + 8 <= utf8.count {
            if ByteWords.below(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self), 0x20) != 0 { return true }
            index += 8
        }
        while index < utf8.count {
            if base[index] < 0x20 { return true }
            index += 1
        }
        return false
    }

    /// A line break inside the paragraph.
    mutating func lineBreak() {
        xml.raw("<w:r><w:br/></w:r>")
    }

    /// The run's properties; none for a plain run in the document's language.
    private mutating func runProperties(_ style: DocxRunStyle) {
        let ownLanguage = language != defaultLanguage
        guard style != .plain || ownLanguage else { return }
        xml.raw("<w:rPr>")
        if let s = style.characterStyle {
            xml.valueElement("<w:rStyle w:val=\"", s)
        }
        if style.bold { xml.raw("<w:b/><w:bCs/>") }
        if style.italic { xml.raw("<w:i/><w:iCs/>") }
        if let colour = style.colour {
            xml.valueElement("<w:color w:val=\"", colour)
        }
        if let size = style.size {
            xml.raw("<w:sz w:val=\"")
            xml.number(size)
            xml.raw("\"/><w:szCs w:val=\"")
            xml.number(size)
            xml.raw("\"/>")
        }
        if ownLanguage {
            xml.raw("<w:lang w:val=\"")
            xml.attributeValue(language)
            xml.raw("\" w:bidi=\"")
            xml.attributeValue(language)
            xml.raw("\"/>")
        }
        xml.raw("</w:rPr>")
    }

    /// A link around what `content` writes: to a web address (a relationship), or to a bookmark
    /// of this document when `address` is `#anchor`.
    mutating func hyperlink(_ address: String, _ content: (inout DocxBody) -> Void) {
        if address.hasPrefix("#") {
            xml.raw("<w:hyperlink w:anchor=\"")
            xml.attributeValue(DocxBookmark.name(String(address.dropFirst())))
        } else {
            xml.raw("<w:hyperlink r:id=\"")
            let target = DocxRelationships.LinkTarget(address)
            if isFragment {
                // Only a document has relationships: each writes its own link's ID here.
                holes.append(Hole(offset: position, length: 0, kind: .link, value: holeLinks.count))
                holeLinks.append(target)
            } else {
                linkID(relationships.hyperlink(target))
            }
        }
        xml.raw("\">")
        content(&self)
        xml.raw("</w:hyperlink>")
    }

    /// A relationship's ID, `rId` and its number.
    private mutating func linkID(_ number: Int) {
        xml.raw("rId")
        xml.number(number)
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

    /// A picture as wide as the text (at most its own width at 96 dots an inch), inline in its
    /// own paragraph, kept with the next.
    mutating func picture(_ picture: DocxPicture) {
        var picture = picture
        if picture.width > page.textWidth * 635 {
            picture.height = picture.height * page.textWidth * 635 / picture.width
            picture.width = page.textWidth * 635
        }
        let number = media.count + 1
        media.append(("media/picture\(number).svg", picture.svg))
        let svg = relationships.add(type: DocxNamespace.Relationship.image, target: "media/picture\(number).svg")
        nextDrawing += 1
        let drawing = nextDrawing
        paragraph(DocxParagraphStyle(keepNext: true)) { body in
            body.xml.raw("<w:r>")
            picture.write(&body.xml, number: drawing, svg: svg)
            body.xml.raw("</w:r>")
        }
    }

    /// A chart part, shown inline in its own paragraph with `description` as its alternative
    /// text; `parts` gives its part and workbook in the body's language when they were made
    /// before (``DocxNarrativeCache/chart(_:language:)``).
    mutating func chart(_ chart: DocxChart, parts: DocxChart.Parts? = nil) throws {
        guard !chart.isEmpty else { return }
        let parts = try parts ?? DocxChart.Parts(chart, language: language)
        charts.append((parts.xml, parts.workbook))
        let number = charts.count
        let id = relationships.add(type: DocxNamespace.Relationship.chart, target: "charts/chart\(number).xml")
        nextDrawing += 1
        let drawing = nextDrawing
        // A chart wider than the text between the margins is scaled down to it (EMUs: 635 a twip).
        var (width, height) = chart.size
        if width > page.textWidth * 635 {
            height = height * page.textWidth * 635 / width
            width = page.textWidth * 635
        }
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
