import Mustache
import PlanModel

/// Renders the documents of one scope (the regional document or one country's) with the
/// `document` template of each requested format. The template values are built once per scope
/// and shared by the HTML and Markdown documents.
struct DocumentRenderer: Sendable {
    var templates: TemplateSet
    var options: RenderOptions
    /// Chapter bodies rendered once for all the documents of one compile.
    let cache = RenderCache<NarrativeCache.Key, NarrativeCache.Rendered>()
    /// Place chapters rendered once per language and format: a country's chapter is the same in
    /// the regional document and in its own document when both are in the same language.
    let places = RenderCache<PlaceKey, String>()

    struct PlaceKey: Hashable, Sendable {
        var place: String
        var language: String
        var html: Bool
    }

    /// `STEM.html` and/or `STEM.md` for `scope`, as the options ask.
    func render(_ plan: Plan, scope: DocumentScope) throws -> [OutputFile] {
        let language: String
        switch scope {
        case .regional: language = plan.language
        case .place(let place): language = plan.place(place)?.language ?? plan.language
        }
        let wantsHTML = options.formats.contains(.html), wantsMarkdown = options.formats.contains(.md)
        let narrative = NarrativeRenderer(allowRawHTML: options.allowRawHTML, wantsHTML: wantsHTML, wantsMarkdown: wantsMarkdown, cache: cache)
        let model = DocumentModel(plan: plan, scope: scope, labels: Labels(language: language, catalog: templates.labels), narrative: narrative)
        let values = model.values()
        var files: [OutputFile] = []
        if wantsHTML {
            files.append(OutputFile(name: scope.fileStem + ".html", text: try render(values, library: templates.html, language: language, isHTML: true)))
        }
        if wantsMarkdown {
            let text = try render(values, library: templates.markdown, language: language, isHTML: false)
            files.append(OutputFile(name: scope.fileStem + ".md", text: MarkdownTidy.tidy(text)))
        }
        return files
    }

    private func render(_ values: [String: Any], library: MustacheLibrary, language: String, isHTML: Bool) throws -> String {
        var values = values
        let labels = values["labels"] ?? [:]
        values["places"] = try (values["places"] as? [[String: Any]] ?? []).map { place in
            var place = place
            let key = PlaceKey(place: place["code"] as? String ?? "", language: language, html: isHTML)
            var context = place
            context["labels"] = labels
            place["rendered"] = try places.value(for: key) {
                guard let text = library.render(TemplateText.wrap(context), withTemplate: "place") else { throw RenderError.missingTemplate("place") }
                return text
            }
            return place
        }
        guard let text = library.render(TemplateText.wrap(values), withTemplate: "document") else { throw RenderError.missingTemplate("document") }
        return text
    }
}
