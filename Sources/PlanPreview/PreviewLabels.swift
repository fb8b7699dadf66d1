import PlanRender

/// The labels of the preview's own pages (`preview.*` in Templates/labels.json), in the plan's
/// language, loaded once from the default templates.
enum PreviewLabels {
    static let catalog: LabelCatalog = (try? TemplateSet.load())?.labels ?? LabelCatalog(version: 1, fallback: "en", languages: [:])

    static func labels(_ language: String) -> Labels {
        Labels(language: language, catalog: catalog)
    }
}
