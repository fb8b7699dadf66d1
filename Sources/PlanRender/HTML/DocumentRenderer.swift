import Mustache
import PlanModel

/// Renders one document (regional or one country) with the `document` template of a format's
/// library.
struct DocumentRenderer {
    var templates: TemplateSet
    var options: RenderOptions

    /// The HTML document of `scope`.
    func html(_ plan: Plan, scope: DocumentScope) throws -> String {
        try render(plan, scope: scope, library: templates.html, isHTML: true)
    }

    /// The Markdown document of `scope`.
    func markdown(_ plan: Plan, scope: DocumentScope) throws -> String {
        let text = try render(plan, scope: scope, library: templates.markdown, isHTML: false)
        return Self.tidyBlankLines(text)
    }

    private func render(_ plan: Plan, scope: DocumentScope, library: MustacheLibrary, isHTML: Bool) throws -> String {
        let language: String
        switch scope {
        case .regional: language = plan.language
        case .place(let place): language = plan.place(place)?.language ?? plan.language
        }
        let narrative = NarrativeRenderer(
            allowRawHTML: options.allowRawHTML, wantsHTML: isHTML, wantsMarkdown: !isHTML
        )
        let model = DocumentModel(plan: plan, scope: scope, labels: Labels(language: language, catalog: templates.labels), narrative: narrative)
        guard let text = library.render(model.values(), withTemplate: "document") else { throw RenderError.missingTemplate("document") }
        return text
    }

    /// At most one blank line in a row (outside fenced code blocks, which stay as written), and
    /// one final line break.
    static func tidyBlankLines(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var blank = 0
        var fence: Substring?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.drop { $0 == " " }
            if let f = fence {
                if trimmed.hasPrefix(f) { fence = nil }
            } else if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                fence = trimmed.prefix(3)
            }
            if fence == nil, line.allSatisfy({ $0 == " " }) { blank += 1 } else { blank = 0 }
            if blank <= 1 { out += line; out += "\n" }
        }
        return out.trimmingTrailingWhitespace + "\n"
    }
}
