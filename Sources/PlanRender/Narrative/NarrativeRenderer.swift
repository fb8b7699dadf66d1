import PlanModel
import PlanSyntax

/// A chapter body as template values: `html` (cmark's own HTML, the only HTML inserted raw) and
/// `markdown` (the author's Markdown with headings shifted under the document's headings).
struct NarrativeRenderer {
    /// Raw HTML in chapters is kept only when the user asked for it (cmark omits it otherwise).
    var allowRawHTML: Bool
    /// Skip the cmark rendering when no HTML output is wanted.
    var wantsHTML: Bool
    var wantsMarkdown: Bool

    /// `{html, markdown, hasText}` for `narrative` placed at heading `baseLevel`.
    func values(_ narrative: Narrative?, baseLevel: Int, titles: [String] = []) -> [String: Any] {
        guard let narrative else { return ["hasText": false, "html": "", "markdown": ""] }
        let markdown = NarrativeText.markdown(narrative, baseLevel: baseLevel, titles: titles)
        let hasText = markdown.contains { !$0.isWhitespace }
        return [
            "hasText": hasText,
            "html": wantsHTML && hasText ? CmarkReader.renderHTML(markdown, allowRawHTML: allowRawHTML) : "",
            "markdown": wantsMarkdown ? (allowRawHTML ? markdown : RawHTMLFilter.strip(markdown)).trimmingTrailingWhitespace : "",
        ]
    }
}

extension String {
    /// The text without trailing spaces and line breaks.
    var trimmingTrailingWhitespace: String {
        var s = Substring(self)
        while let last = s.last, last.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}
