import Foundation
import PlanModel
import PlanSyntax

/// A chapter body as template values: `html` (cmark's own HTML, the only HTML inserted raw) and
/// `markdown` (the author's Markdown with headings shifted under the document's headings).
struct NarrativeRenderer: Sendable {
    /// Raw HTML in chapters is kept only when the user asked for it (cmark omits it otherwise).
    var allowRawHTML: Bool
    /// Skip the cmark rendering when no HTML output is wanted.
    var wantsHTML: Bool
    /// Whether a Markdown document is written: without one, the placed Markdown is made only
    /// when read (the Word documents read the chapter's kept tree instead).
    var wantsMarkdown: Bool
    /// Shared by every document of one compile: a chapter appears in the regional document and
    /// in its country document at the same heading level, and is rendered once.
    var cache = OnceCache<NarrativeCache.Key, NarrativeCache.Rendered>()
    /// The Word documents' chapters, when Word is written: each placed chapter's kept tree is
    /// registered under the chapter's file and placement (``DocxNarrativeCache/register(_:for:)``),
    /// handed to the writer as the value `chapter`.
    var docx: DocxNarrativeCache?

    /// `{html, markdown, hasText}` for `narrative` placed at heading `baseLevel`, and `chapter`
    /// (the kept tree's ID) when the Word documents are written from the load's tree.
    func values(_ narrative: Narrative?, baseLevel: Int, titles: [String] = []) -> TemplateValue {
        guard let narrative else { return ["hasText": false, "html": "", "markdown": ""] }
        let key = NarrativeCache.Key(file: narrative.file, baseLevel: baseLevel, titles: titles, html: wantsHTML, markdown: wantsMarkdown)
        let rendered = cache.value(for: key) { render(narrative, placement: NarrativePlacement(narrative, baseLevel: baseLevel, titles: titles), key: key) }
        var values: TemplateFields = ["hasText": .bool(rendered.hasText), "html": .text(rendered.html), "markdown": rendered.markdown]
        if let chapter = rendered.chapter { values["chapter"] = .text(chapter) }
        return .object(values)
    }

    /// The blocks cmark rendered at load time give the HTML; without them (a plan compiled
    /// without ``LoadOptions/narrativeHTML``, or built in Swift), cmark renders the placed
    /// Markdown.
    private func render(_ narrative: Narrative, placement: NarrativePlacement, key: NarrativeCache.Key) -> NarrativeCache.Rendered {
        var text = narrative.markdown
        let hasText = text.withUTF8 { bytes in
            bytes[placement.textStart(in: bytes, bodyStart: narrative.bodyStart)...].contains { $0 > 32 }
        }
        var html = ""
        if wantsHTML && hasText {
            html = NarrativeText.html(narrative, placement: placement, allowRawHTML: allowRawHTML)
                ?? CmarkReader.renderHTML(NarrativeText.markdown(narrative, placement: placement, omittingRawHTML: false), allowRawHTML: allowRawHTML)
        }
        let allowRawHTML = allowRawHTML
        let placed = { NarrativeText.markdown(narrative, placement: placement, omittingRawHTML: !allowRawHTML).trimmingTrailingWhitespace }
        let markdown: TemplateValue = wantsMarkdown ? .text(placed()) : docx == nil ? "" : .lazy { .text(placed()) }
        var chapter: String?
        if let docx, hasText, let tree = DocxPlacedTree(narrative, placement: placement, allowRawHTML: allowRawHTML) {
            let id = key.chapterID
            docx.register(tree, for: id)
            chapter = id
        }
        return NarrativeCache.Rendered(hasText: hasText, html: html, markdown: markdown, chapter: chapter)
    }
}
