/// The cover (title, draft and illustrative marks, period, version, the figures at a glance)
/// and the contents field.
extension DocxDocumentWriter {
    mutating func cover() {
        if root.flag("draft") { body.paragraph(label("draft"), DocxParagraphStyle("Banner")) }
        if root.flag("illustrative") { body.paragraph(label("illustrative"), DocxParagraphStyle("Banner")) }
        body.paragraph(root.text("title"), DocxParagraphStyle("Title"))
        let period = labelled("period"), version = labelled("version"), root = root
        body.paragraph(DocxParagraphStyle("Subtitle")) { body in
            body.run(period + " ", .strong)
            body.run(root.text("period"))
            body.run("  ·  ")
            body.run(version + " ", .strong)
            body.run(root.text("version"))
            if root.flag("hasPublished") {
                body.run("  ·  ")
                body.run(root.text("labels.published") + root.text("labels.colon") + " ", .strong)
                body.run(root.text("published"))
            }
        }
        let glance = root.items("glance")
        guard !glance.isEmpty else { return }
        body.paragraph(label("atAGlance"), DocxParagraphStyle("Caption", keepNext: true))
        body.table(DocxTable(
            caption: nil, header: nil,
            rows: glance.map { [.figure($0.text("value")), .text($0.text("label"))] },
            total: nil
        ))
        map()
    }

    /// The regional map (the HTML's SVG) as a picture with its description as alternative
    /// text, and its source line.
    mutating func map() {
        guard root.flag("finance.hasMap"), let finance = root.at("finance") else { return }
        let svg = finance.text("map")
        guard let size = DocxPicture.size(ofSVG: svg) else { return }
        // At 96 dots an inch, as a browser shows it: 9525 EMUs a dot.
        let width = Int(size.width * 9525), height = Int(size.height * 9525)
        body.picture(DocxPicture(
            svg: Array(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg).utf8), width: width, height: height,
            title: finance.text("mapTitle"), description: finance.text("mapDescription")
        ))
        note(label("mapSource"))
    }

    /// The contents: a TOC field over Heading 1-3 with hyperlinks, which Word fills when the
    /// document opens (settings.xml: `w:updateFields`); until then it lists the document's parts
    /// as the HTML contents does, each with the number its heading has (`numbers`, by bookmark).
    func contents(into body: inout DocxBody, numbers: [String: String]) {
        body.paragraph(label("contents"), DocxParagraphStyle("TOCHeading"))
        // Until Word updates the field, its result lists the document's parts as the HTML
        // contents does, with links (LibreOffice shows them as written).
        var lines: [(style: String, anchor: String, title: String)] = []
        for entry in root.items("toc") {
            lines.append(("TOC1", entry.text("anchor"), entry.text("title")))
            lines += entry.items("children").map { ("TOC2", $0.text("anchor"), $0.text("title")) }
        }
        for (index, line) in lines.enumerated() {
            body.paragraph(DocxParagraphStyle(line.style)) { body in
                if index == 0 { body.fieldStart("TOC \\o \"1-3\" \\h \\z \\u", dirty: true) }
                let number = numbers[DocxBookmark.name(line.anchor)].map { $0 + "\t" } ?? ""
                body.hyperlink("#" + line.anchor) { $0.run(number + line.title, DocxRunStyle(characterStyle: "Hyperlink")) }
                if index == lines.count - 1 { body.fieldEnd() }
            }
        }
    }
}
