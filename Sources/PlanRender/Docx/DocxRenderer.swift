import PlanModel

/// `STEM.docx` (`regional.docx`, `country-TCD.fr.docx` in an edition): one document (the regional one or a country's) as a Word file, from the same
/// template values as its HTML and Markdown (see docs/outputs.md, "Word documents").
enum DocxRenderer {
    /// `narratives`: chapter bodies converted once for all the documents of the compile.
    static func render(_ values: TemplateFields, plan: Plan, stem: String, reference: DocxReference?, narratives: DocxNarrativeCache = DocxNarrativeCache()) throws -> OutputFile {
        let root = TemplateValue.object(values)
        var writer = DocxDocumentWriter(root: root, languageInStyles: reference == nil, page: reference?.page ?? .a4, narratives: narratives)
        let body = try writer.write()
        let language = root.text("language")
        let builtIn = DocxStyles.xml(language: language)
        let package = DocxPackage(
            body: body, runningHeader: writer.runningHeader,
            properties: DocxProperties(
                title: root.text("title"), subject: root.text("period"), language: language, version: root.text("version"),
                date: plan.published ?? plan.revision?.date
            ),
            styles: reference.map { $0.merged(with: builtIn) } ?? builtIn,
            referenceHeader: reference?.header, referenceFooter: reference?.footer
        )
        return OutputFile(name: stem + ".docx", bytes: try DocxArchive.zip(package.parts, deflated: narratives.deflated))
    }
}
