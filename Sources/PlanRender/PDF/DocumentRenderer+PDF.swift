import PlanModel

extension DocumentRenderer {
    /// The PDF edition of a document (`STEM.pdf`): `html`, the document as `STEM.html` holds it,
    /// printed by the engine with the `print` template (`html/print.mustache`, a paged-media
    /// stylesheet rendered with the document's values and `paper`, the `@page` size keyword).
    func pdf(_ html: String, values: TemplateFields, plan: Plan, name: String) throws -> OutputFile {
        var root = values
        root["paper"] = .text(options.pdf.paper.cssKeyword)
        guard let stylesheet = templates.html.render("print", value: .object(root), engine: engine) else {
            throw RenderError.missingTemplate("print")
        }
        let engine = try options.pdf.engine.map(PDFEngine.init(executable:)) ?? PDFEngine.locate()
        let bytes = try engine.render(html: html, stylesheet: stylesheet, name: name, sourceDateEpoch: PDFDocumentDate.sourceDateEpoch(plan))
        return OutputFile(name: name, bytes: bytes)
    }
}
