import Foundation

/// A reference document's headings numbered as the built-in ones: its styles' own list
/// numbering (`w:numPr`) points at its `numbering.xml`, which is not taken, so it is removed,
/// and its Heading 1-3 styles are linked to the headings' list of ``DocxNumbering`` (a style
/// based on one of them, such as TOC Heading, explicitly to none).
extension DocxReference {
    /// `styles` (a styles part) with each style's `w:numPr` removed and the headings' added.
    static func numberingHeadings(_ styles: String) -> String {
        var out = ""
        var rest = Substring(styles)
        while let start = rest.range(of: "<w:style "), let end = rest[start.upperBound...].range(of: "</w:style>") {
            out += rest[..<start.lowerBound]
            var element = String(rest[start.lowerBound..<end.upperBound])
            while let numPr = element.range(of: "<w:numPr>"), let close = element[numPr.upperBound...].range(of: "</w:numPr>") {
                element.removeSubrange(numPr.lowerBound..<close.upperBound)
            }
            let id = DocxXMLScan.startTag("w:style", in: Substring(element)).flatMap { DocxXMLScan.attribute("w:styleId", $0) }
            let basedOn = DocxXMLScan.startTag("w:basedOn", in: Substring(element)).flatMap { DocxXMLScan.attribute("w:val", $0) }
            if let level = id.flatMap(DocxBody.headingLevel) {
                element = withNumbering(element, level: level, list: DocxNumbering.headingsID)
            } else if basedOn.flatMap(DocxBody.headingLevel) != nil {
                // A style based on a heading (TOC Heading) is not numbered as it is: list 0, none.
                element = withNumbering(element, level: 1, list: 0)
            }
            out += element
            rest = rest[end.upperBound...]
        }
        return out + rest
    }

    /// The paragraph properties that come after `w:numPr` in the schema's order: it goes before
    /// the first of them.
    private static let afterNumbering = [
        "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap", "overflowPunct", "topLinePunct",
        "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents",
        "suppressOverlap", "jc", "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr",
        "sectPr", "pPrChange",
    ].map { "<w:" + $0 }

    /// A style's element with list `list` at `level` in its paragraph properties.
    private static func withNumbering(_ element: String, level: Int, list: Int) -> String {
        let numbering = "<w:numPr><w:ilvl w:val=\"\(level - 1)\"/><w:numId w:val=\"\(list)\"/></w:numPr>"
        guard let open = element.range(of: "<w:pPr>"), let close = element[open.upperBound...].range(of: "</w:pPr>") else {
            if element.contains("<w:pPr/>") { return element.replacingOccurrences(of: "<w:pPr/>", with: "<w:pPr>" + numbering + "</w:pPr>") }
            // No paragraph properties: they come after the style's name and relations, before its run properties.
            let before = ["<w:rPr", "<w:tblPr", "<w:trPr", "<w:tcPr", "<w:tblStylePr", "</w:style>"]
                .compactMap { element.range(of: $0)?.lowerBound }.min() ?? element.endIndex
            var out = element
            out.insert(contentsOf: "<w:pPr>" + numbering + "</w:pPr>", at: before)
            return out
        }
        let properties = element[open.upperBound..<close.lowerBound]
        let at = afterNumbering.compactMap { properties.range(of: $0)?.lowerBound }.min() ?? close.lowerBound
        var out = element
        out.insert(contentsOf: numbering, at: at)
        return out
    }
}
