import PlanModel

/// Chapter bodies converted to Word XML once per compile: a country's chapters are in the
/// regional document and in the country's own, and each is converted from cmark's tree once
/// (per language of its runs and default language of the document) and then copied into each
/// document with that document's link and list IDs (``DocxBody/append(_:)``).
final class DocxNarrativeCache: Sendable {
    /// A chapter's placed Markdown, hashed by its length and its ends: hashing every chapter's
    /// whole text twice was 3% of a large plan's Word compile. Equality still compares the
    /// whole text.
    private struct Text: Hashable, Sendable {
        var markdown: String

        func hash(into hasher: inout Hasher) {
            var markdown = markdown
            markdown.withUTF8 { utf8 in
                hasher.combine(utf8.count)
                // The ends as two pieces of bytes (a byte at a time was 4,400 instructions a hash).
                hasher.combine(bytes: UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: utf8.prefix(64))))
                hasher.combine(bytes: UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: utf8.suffix(64))))
            }
        }
    }

    private struct Key: Hashable, Sendable {
        var text: Text
        var language: String
        var defaultLanguage: String?
    }

    private let fragments = OnceCache<Key, DocxBody>()

    /// The trees the load kept, by the placed Markdown they stand for (``register(_:for:)``).
    private let trees = OnceCache<Text, DocxPlacedTree>()

    /// Sector chapters written once (``DocxSectionCache``).
    let sections = DocxSectionCache()

    private struct ChartKey: Hashable, Sendable {
        var chart: DocxChart
        var language: String
    }

    private let charts = OnceCache<ChartKey, DocxChart.Parts>()

    /// `chart`'s part and workbook in `language`, made once: a country's charts (its pyramid,
    /// its sectors' requirements) are in the regional document and in its own.
    func chart(_ chart: DocxChart, language: String) throws -> DocxChart.Parts {
        try charts.value(for: ChartKey(chart: chart, language: language)) { try DocxChart.Parts(chart, language: language) }
    }

    /// Records that `chapter` reads as `markdown`, a chapter's placed Markdown (the template
    /// values' `markdown`): the chapter is then written from the tree the load kept instead of
    /// parsing `markdown` again.
    func register(_ chapter: DocxPlacedTree, for markdown: String) {
        _ = trees.value(for: Text(markdown: markdown)) { chapter }
    }

    /// Writes `markdown` into `body` with every run in `language` (see ``DocxNarrative``), from
    /// its registered tree when there is one.
    func write(_ markdown: String, language: String, into body: inout DocxBody) {
        let text = Text(markdown: markdown)
        let key = Key(text: text, language: language, defaultLanguage: body.defaultLanguage)
        let fragment = fragments.value(for: key) { [body] in
            var fragment = DocxBody.fragment(language: language, like: body)
            if let chapter = trees.existingValue(for: text) {
                DocxNarrative.write(chapter, language: language, into: &fragment)
            } else {
                DocxNarrative.write(markdown, language: language, into: &fragment)
            }
            return fragment
        }
        body.append(fragment)
    }
}
