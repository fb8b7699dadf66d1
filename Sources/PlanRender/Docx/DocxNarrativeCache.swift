import PlanModel

/// Chapter bodies converted to Word XML once per compile: a country's chapters are in the
/// regional document and in the country's own, and each is converted from cmark's tree once
/// (per language of its runs and default language of the document) and then copied into each
/// document with that document's link and list IDs (``DocxBody/append(_:)``).
final class DocxNarrativeCache: Sendable {
    private struct Key: Hashable, Sendable {
        var markdown: String
        var language: String
        var defaultLanguage: String?
    }

    private let fragments = OnceCache<Key, DocxBody>()

    /// Writes `markdown` into `body` with every run in `language` (see ``DocxNarrative``).
    func write(_ markdown: String, language: String, into body: inout DocxBody) {
        let key = Key(markdown: markdown, language: language, defaultLanguage: body.defaultLanguage)
        let fragment = fragments.value(for: key) { [body] in
            var fragment = DocxBody.fragment(language: language, like: body)
            DocxNarrative.write(markdown, language: language, into: &fragment)
            return fragment
        }
        body.append(fragment)
    }
}
