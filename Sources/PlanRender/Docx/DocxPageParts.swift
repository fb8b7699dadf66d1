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

    /// The start of `word/document.xml`, up to where its body's content goes (a document's
    /// body is written after it in the same buffer: ``DocxBody/init(document:languageInStyles:page:)``).
    static func documentStart(_ w: inout XMLWriter) {
        w.open("w:document", [
            "xmlns:w": DocxNamespace.w, "xmlns:r": DocxNamespace.r, "xmlns:wp": DocxNamespace.wp,
            "xmlns:a": DocxNamespace.a, "xmlns:c": DocxNamespace.c,
        ])
        w.open("w:body")
    }

    /// The end of `word/document.xml` after its body's content: the section on `page`.
    static func documentEnd(_ w: inout XMLWriter, page: DocxPageSetup) {
        w.element("w:sectPr") { w in
            w.empty("w:headerReference", ["w:type": "default", "r:id": DocxRelationships.headerID])
            w.empty("w:footerReference", ["w:type": "default", "r:id": DocxRelationships.footerID])
            page.write(&w)
        }
        w.close("w:body")
        w.close("w:document")
    }
}
