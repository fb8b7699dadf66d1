import PlanModel

/// `word/styles.xml`: the built-in styles a reviewer's Word lists in its styles gallery and
/// navigation pane (Title, Heading 1-6 with outline levels, Heading 1-3 numbered by the
/// headings' list of ``DocxNumbering``, Normal, Caption, the contents
/// levels, Quote, Hyperlink) and RRPKit's own (the table style with its header and total rows,
/// notes, the draft banner, code). Style IDs are Word's English built-in IDs, so a reference
/// document's styles (``DocxReference``) replace them by ID.
enum DocxStyles {
    /// The IDs of the styles the document body uses (a reference document lacking one gets ours).
    static let ids = [
        "Normal", "Title", "Subtitle", "Heading1", "Heading2", "Heading3", "Heading4", "Heading5", "Heading6", "Caption",
        "TOCHeading", "TOC1", "TOC2", "TOC3", "Quote", "SourceCode", "VerbatimChar", "Hyperlink", "ListParagraph",
        "Note", "Banner", "TableText", "TableFigure", "RRPTable", "Header", "Footer", "DefaultParagraphFont", "TableNormal",
    ]

    /// Heading colour: the charts' blue (Palette), dark enough for text.
    static let accent = "005A8C"

    /// The whole part for a document in `language` (the default language of its text), made
    /// once per language (every document of a compile has one).
    static func xml(language: String) -> String {
        parts.value(for: language) { make(language: language) }
    }

    private static let parts = OnceCache<String, String>()

    private static func make(language: String) -> String {
        var w = XMLWriter()
        w.open("w:styles", ["xmlns:w": DocxNamespace.w])
        w.element("w:docDefaults") { w in
            w.element("w:rPrDefault") { w in
                w.element("w:rPr") { w in
                    w.empty("w:rFonts", ["w:ascii": "Arial", "w:hAnsi": "Arial", "w:eastAsia": "Arial", "w:cs": "Arial"])
                    w.empty("w:sz", ["w:val": "20"])
                    w.empty("w:szCs", ["w:val": "20"])
                    w.empty("w:lang", ["w:val": language, "w:eastAsia": language, "w:bidi": language])
                }
            }
            w.element("w:pPrDefault") { w in
                w.element("w:pPr") { w in w.empty("w:spacing", ["w:after": "120", "w:line": "264", "w:lineRule": "auto"]) }
            }
        }
        w.element("w:style", ["w:type": "paragraph", "w:default": "1", "w:styleId": "Normal"]) { w in
            w.empty("w:name", ["w:val": "Normal"])
            w.empty("w:qFormat")
        }
        w.element("w:style", ["w:type": "character", "w:default": "1", "w:styleId": "DefaultParagraphFont"]) { w in
            w.empty("w:name", ["w:val": "Default Paragraph Font"])
            w.empty("w:uiPriority", ["w:val": "1"])
            w.empty("w:semiHidden")
        }
        w.element("w:style", ["w:type": "table", "w:default": "1", "w:styleId": "TableNormal"]) { w in
            w.empty("w:name", ["w:val": "Normal Table"])
            w.empty("w:semiHidden")
            w.element("w:tblPr") { w in
                w.empty("w:tblInd", ["w:w": "0", "w:type": "dxa"])
                w.element("w:tblCellMar") { w in
                    w.empty("w:top", ["w:w": "0", "w:type": "dxa"])
                    w.empty("w:left", ["w:w": "108", "w:type": "dxa"])
                    w.empty("w:bottom", ["w:w": "0", "w:type": "dxa"])
                    w.empty("w:right", ["w:w": "108", "w:type": "dxa"])
                }
            }
        }
        paragraph(&w, id: "Title", name: "Title", next: "Normal", spacingBefore: 0, after: 240, size: 48, bold: true, colour: accent)
        paragraph(&w, id: "Subtitle", name: "Subtitle", next: "Normal", spacingBefore: 0, after: 120, size: 26, colour: "404040")
        let headingSizes = [36, 30, 26, 22, 20, 20]
        for level in 1...6 {
            paragraph(
                &w, id: "Heading\(level)", name: "heading \(level)", next: "Normal", spacingBefore: level == 1 ? 360 : 240, after: 120,
                size: headingSizes[level - 1], bold: level <= 4, italic: level >= 5, colour: accent, keepNext: true, outline: level - 1,
                pageBreakBefore: level == 1, numbering: level <= DocxNumbering.headingLevels ? DocxNumbering.headingsID : nil, listLevel: level - 1
            )
        }
        paragraph(&w, id: "Caption", name: "caption", next: "Normal", spacingBefore: 120, after: 60, size: 18, bold: true, colour: "404040", keepNext: true)
        // Not numbered as the Heading 1 it is based on (list instance 0: none).
        paragraph(&w, id: "TOCHeading", name: "TOC Heading", basedOn: "Heading1", next: "Normal", spacingBefore: 0, after: 240, size: 36, bold: true, colour: accent, outline: 9, numbering: 0)
        for level in 1...3 {
            paragraph(&w, id: "TOC\(level)", name: "toc \(level)", next: "Normal", spacingBefore: 0, after: 60, bold: level == 1, indent: (level - 1) * 240)
        }
        paragraph(&w, id: "Quote", name: "Quote", next: "Normal", spacingBefore: 60, after: 120, italic: true, colour: "404040", indent: 567, borders: ["w:left"])
        paragraph(&w, id: "SourceCode", name: "Source Code", next: "Normal", spacingBefore: 0, after: 120, size: 18, font: "Courier New", shading: "F2F2F2")
        paragraph(&w, id: "ListParagraph", name: "List Paragraph", next: "Normal", spacingBefore: 0, after: 60, indent: 720)
        paragraph(&w, id: "Note", name: "Note", next: "Normal", spacingBefore: 0, after: 120, size: 18, italic: true, colour: "404040")
        paragraph(&w, id: "Banner", name: "Banner", next: "Normal", spacingBefore: 0, after: 120, size: 22, bold: true, colour: "8A2D00", shading: "FBE9E0", borders: ["w:top", "w:left", "w:bottom", "w:right"])
        paragraph(&w, id: "TableText", name: "Table Text", next: "TableText", spacingBefore: 20, after: 20, size: 18)
        paragraph(&w, id: "TableFigure", name: "Table Figure", basedOn: "TableText", next: "TableFigure", spacingBefore: 20, after: 20, size: 18, alignment: "right")
        paragraph(&w, id: "Header", name: "header", next: "Header", spacingBefore: 0, after: 0, size: 16, colour: "595959")
        paragraph(&w, id: "Footer", name: "footer", next: "Footer", spacingBefore: 0, after: 0, size: 16, colour: "595959", alignment: "center")
        character(&w, id: "VerbatimChar", name: "Verbatim Char", font: "Courier New")
        character(&w, id: "Hyperlink", name: "Hyperlink", colour: "0563C1", underline: true)
        tableStyle(&w)
        w.close("w:styles")
        return w.text
    }

    /// A paragraph style.
    private static func paragraph(
        _ w: inout XMLWriter, id: String, name: String, basedOn: String = "Normal", next: String, spacingBefore: Int, after: Int,
        size: Int? = nil, bold: Bool = false, italic: Bool = false, colour: String? = nil, font: String? = nil, indent: Int = 0,
        keepNext: Bool = false, outline: Int? = nil, pageBreakBefore: Bool = false, alignment: String? = nil, shading: String? = nil, borders: [StaticString]? = nil,
        numbering: Int? = nil, listLevel: Int = 0
    ) {
        w.element("w:style", ["w:type": "paragraph", "w:styleId": id]) { w in
            w.empty("w:name", ["w:val": name])
            w.empty("w:basedOn", ["w:val": basedOn])
            w.empty("w:next", ["w:val": next])
            w.empty("w:qFormat")
            w.element("w:pPr") { w in
                if keepNext { w.empty("w:keepNext"); w.empty("w:keepLines") }
                if pageBreakBefore { w.empty("w:pageBreakBefore") }
                if let numbering {
                    w.element("w:numPr") { w in
                        w.empty("w:ilvl", ["w:val": "\(listLevel)"])
                        w.empty("w:numId", ["w:val": "\(numbering)"])
                    }
                }
                if let borders {
                    w.element("w:pBdr") { w in
                        for side in borders { w.empty(side, ["w:val": "single", "w:sz": "12", "w:space": "4", "w:color": "8A2D00" == colour ? "8A2D00" : "A6A6A6"]) }
                    }
                }
                if let shading { w.empty("w:shd", ["w:val": "clear", "w:color": "auto", "w:fill": shading]) }
                w.empty("w:spacing", ["w:before": "\(spacingBefore)", "w:after": "\(after)"])
                if indent > 0 { w.empty("w:ind", ["w:left": "\(indent)"]) }
                if let alignment { w.empty("w:jc", ["w:val": alignment]) }
                if let outline { w.empty("w:outlineLvl", ["w:val": "\(outline)"]) }
            }
            runProperties(&w, size: size, bold: bold, italic: italic, colour: colour, font: font)
        }
    }

    /// A character style.
    private static func character(_ w: inout XMLWriter, id: String, name: String, font: String? = nil, colour: String? = nil, underline: Bool = false) {
        w.element("w:style", ["w:type": "character", "w:styleId": id]) { w in
            w.empty("w:name", ["w:val": name])
            w.empty("w:basedOn", ["w:val": "DefaultParagraphFont"])
            w.empty("w:uiPriority", ["w:val": "99"])
            w.empty("w:unhideWhenUsed")
            runProperties(&w, colour: colour, font: font, underline: underline)
        }
    }

    private static func runProperties(
        _ w: inout XMLWriter, size: Int? = nil, bold: Bool = false, italic: Bool = false, colour: String? = nil, font: String? = nil, underline: Bool = false
    ) {
        w.element("w:rPr") { w in
            if let font { w.empty("w:rFonts", ["w:ascii": font, "w:hAnsi": font, "w:cs": font]) }
            if bold { w.empty("w:b"); w.empty("w:bCs") }
            if italic { w.empty("w:i"); w.empty("w:iCs") }
            if let colour { w.empty("w:color", ["w:val": colour]) }
            if let size { w.empty("w:sz", ["w:val": "\(size)"]); w.empty("w:szCs", ["w:val": "\(size)"]) }
            if underline { w.empty("w:u", ["w:val": "single"]) }
        }
    }

    /// `RRPTable`: thin grid lines, a shaded bold header row, a bold total row with a rule above.
    private static func tableStyle(_ w: inout XMLWriter) {
        w.element("w:style", ["w:type": "table", "w:styleId": "RRPTable"]) { w in
            w.empty("w:name", ["w:val": "RRP Table"])
            w.empty("w:basedOn", ["w:val": "TableNormal"])
            w.empty("w:uiPriority", ["w:val": "59"])
            w.empty("w:qFormat")
            w.element("w:pPr") { w in w.empty("w:spacing", ["w:before": "20", "w:after": "20"]) }
            w.element("w:tblPr") { w in
                w.element("w:tblBorders") { w in
                    for side: StaticString in ["w:top", "w:bottom", "w:insideH"] { w.empty(side, ["w:val": "single", "w:sz": "4", "w:space": "0", "w:color": "BFBFBF"]) }
                }
                w.element("w:tblCellMar") { w in
                    w.empty("w:left", ["w:w": "85", "w:type": "dxa"])
                    w.empty("w:right", ["w:w": "85", "w:type": "dxa"])
                }
            }
            w.element("w:tblStylePr", ["w:type": "firstRow"]) { w in
                w.element("w:rPr") { w in w.empty("w:b"); w.empty("w:bCs"); w.empty("w:color", ["w:val": "FFFFFF"]) }
                w.element("w:tcPr") { w in w.empty("w:shd", ["w:val": "clear", "w:color": "auto", "w:fill": accent]) }
            }
            w.element("w:tblStylePr", ["w:type": "lastRow"]) { w in
                w.element("w:rPr") { w in w.empty("w:b"); w.empty("w:bCs") }
                w.element("w:tcPr") { w in
                    w.element("w:tcBorders") { w in w.empty("w:top", ["w:val": "single", "w:sz": "12", "w:space": "0", "w:color": "404040"]) }
                }
            }
        }
    }
}
