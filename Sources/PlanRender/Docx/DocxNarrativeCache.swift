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

        /// The hash of the languages, the text's length and its ends: hashing every chapter's
        /// whole text twice was 3% of a large plan's Word compile. Equality still compares the
        /// whole text.
        func hash(into hasher: inout Hasher) {
            hasher.combine(language)
            hasher.combine(defaultLanguage)
            let utf8 = markdown.utf8
            hasher.combine(utf8.count)
            for byte in utf8.prefix(64) { hasher.combine(byte) }
            for byte in utf8.suffix(64) { hasher.combine(byte) }
        }
    }

    private let fragments = OnceCache<Key, DocxBody>()

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
