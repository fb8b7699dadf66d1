/// The parts around the body: `settings.xml` (update fields on opening, so the contents fills
/// in), the running header (the document's title with its draft and illustrative marks) and the
/// footer with the page number, and the section properties (A4 with 2 cm margins, or a
/// reference document's page).
enum DocxPageParts {
    static let settingsXML: String = {
        var w = XMLWriter()
        w.element("w:settings", ["xmlns:w": DocxNamespace.w]) { w in
            w.empty("w:defaultTabStop", ["w:val": "720"])
            w.empty("w:characterSpacingControl", ["w:val": "doNotCompress"])
            w.empty("w:updateFields", ["w:val": "true"])
            w.element("w:compat") { w in
                w.empty("w:compatSetting", ["w:name": "compatibilityMode", "w:uri": "http://schemas.microsoft.com/office/word", "w:val": "15"])
            }
        }
        return w.text
    }()

    /// `header1.xml`: the running header, in `language`, under a reference document's header
    /// when one is given.
    static func headerXML(_ text: String, language: String, languageInStyles: Bool = true, reference: DocxReferenceHeader? = nil) -> String {
        var body = DocxBody(language: language, languageInStyles: languageInStyles)
        body.paragraph(text, DocxParagraphStyle("Header"))
        if let reference { return reference.xml(adding: body.xml.text) }
        var w = XMLWriter()
        w.element("w:hdr", ["xmlns:w": DocxNamespace.w, "xmlns:r": DocxNamespace.r]) { $0.raw(body.xml.text) }
        return w.text
    }

    /// `footer1.xml`: the page number (a PAGE field), or a reference document's footer (with
    /// the page number added when it shows none).
    static func footerXML(language: String, languageInStyles: Bool = true, reference: DocxReferenceHeader? = nil) -> String {
        if let reference, reference.hasPageNumber { return reference.xml }
        var body = DocxBody(language: language, languageInStyles: languageInStyles)
        body.paragraph(DocxParagraphStyle("Footer")) { $0.field("PAGE", placeholder: "1") }
        if let reference { return reference.xml(adding: body.xml.text) }
        var w = XMLWriter()
        w.element("w:ftr", ["xmlns:w": DocxNamespace.w, "xmlns:r": DocxNamespace.r]) { $0.raw(body.xml.text) }
        return w.text
    }

    /// `word/document.xml` around `body`, on `body`'s page.
    static func documentXML(_ body: DocxBody) -> [UInt8] {
        var w = XMLWriter(capacity: body.xml.bytes.count + 1024)
        w.element("w:document", [
            "xmlns:w": DocxNamespace.w, "xmlns:r": DocxNamespace.r, "xmlns:wp": DocxNamespace.wp,
            "xmlns:a": DocxNamespace.a, "xmlns:c": DocxNamespace.c,
        ]) { w in
            w.element("w:body") { w in
                w.raw(bytes: body.xml.bytes)
                w.element("w:sectPr") { w in
                    w.empty("w:headerReference", ["w:type": "default", "r:id": DocxRelationships.headerID])
                    w.empty("w:footerReference", ["w:type": "default", "r:id": DocxRelationships.footerID])
                    body.page.write(&w)
                }
            }
        }
        return w.bytes
    }
}
