import Mustache
import PlanModel

/// Renders one document (regional or one country) with the `document` template of a format's
/// library.
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
            allowRawHTML: options.allowRawHTML, wantsHTML: isHTML, wantsMarkdown: !isHTML, cache: cache
        )
        let model = DocumentModel(plan: plan, scope: scope, labels: Labels(language: language, catalog: templates.labels), narrative: narrative)
        var values = TemplateText.wrap(model.values()) as? [String: Any] ?? [:]
        let labels = values["labels"] ?? [:]
        values["places"] = try (values["places"] as? [[String: Any]] ?? []).map { place in
            var place = place
            let key = PlaceKey(place: (place["code"] as? TemplateText)?.renderText ?? "", language: language, html: isHTML)
            var context = place
            context["labels"] = labels
            place["rendered"] = TemplateText(renderText: try places.value(for: key) {
                guard let text = library.render(context, withTemplate: "place") else { throw RenderError.missingTemplate("place") }
                return text
            })
            return place
        }
        guard let text = library.render(values, withTemplate: "document") else { throw RenderError.missingTemplate("document") }
        return text
    }

    /// At most one blank line in a row (outside fenced code blocks, which stay as written), and
    /// one final line break. Works on UTF-8 bytes: documents are large.
    static func tidyBlankLines(_ text: String) -> String {
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var blank = 0
        var fence: UInt8? = nil
        var start = 0
        let space = UInt8(ascii: " "), newline = UInt8(ascii: "\n")
        while start <= bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != newline { end += 1 }
            var first = start
            while first < end, bytes[first] == space { first += 1 }
            let isBlank = first == end
            if first + 2 < end, bytes[first] == bytes[first + 1], bytes[first] == bytes[first + 2],
               bytes[first] == UInt8(ascii: "`") || bytes[first] == UInt8(ascii: "~") {
                if let f = fence { if f == bytes[first] { fence = nil } } else { fence = bytes[first] }
            }
            blank = fence == nil && isBlank ? blank + 1 : 0
            if blank <= 1 { out += bytes[start..<end]; out.append(newline) }
            start = end + 1
        }
        while let last = out.last, last == newline || last == space { out.removeLast() }
        out.append(newline)
        return String(decoding: out, as: UTF8.self)
    }
}
