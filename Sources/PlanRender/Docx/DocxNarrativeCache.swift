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

    /// What a fragment is converted from: a registered tree (by its ID) or Markdown.
    private enum Source: Hashable, Sendable {
        case chapter(String)
        case markdown(Text)
    }

    private struct Key: Hashable, Sendable {
        var source: Source
        var language: String
        var defaultLanguage: String?
    }

    private let fragments = OnceCache<Key, DocxBody>()

    /// The trees the load kept, by their chapters' IDs (``register(_:for:)``).
    private let trees = OnceCache<String, DocxPlacedTree>()

    /// Sector chapters written once (``DocxSectionCache``).
    let sections = DocxSectionCache()

    private struct ChartKey: Hashable, Sendable {
        var chart: DocxChart
        var language: String
    }

    private let charts = OnceCache<ChartKey, DocxChart.Parts>()

    /// The parts of the compile's ZIP files deflated once (``DocxDeflateCache``).
    let deflated = DocxDeflateCache()

    /// `chart`'s part and workbook in `language`, made once: a country's charts (its pyramid,
    /// its sectors' requirements) are in the regional document and in its own.
    func chart(_ chart: DocxChart, language: String) throws -> DocxChart.Parts {
        try charts.value(for: ChartKey(chart: chart, language: language)) { try DocxChart.Parts(chart, language: language, deflated: deflated) }
    }

    /// Records `chapter` under `id` (a placed chapter's ``NarrativeCache/Key/chapterID``, the
    /// template values' `chapter`): the chapter is then written from the tree the load kept
    /// (``write(chapter:language:into:)``) instead of parsing its placed Markdown again.
    func register(_ chapter: DocxPlacedTree, for id: String) {
        _ = trees.value(for: id) { chapter }
    }

    /// Writes the chapter registered as `id` into `body` with every run in `language` (see
    /// ``DocxNarrative``).
    func write(chapter id: String, language: String, into body: inout DocxBody) {
        append(.chapter(id), language: language, into: &body) { fragment in
            if let chapter = trees.existingValue(for: id) { DocxNarrative.write(chapter, language: language, into: &fragment) }
        }
    }

    /// Writes the chapter registered as `id` straight into `body`, converted again and not
    /// kept: for a chapter whose every copy is in one fragment that is itself kept (a sector
    /// chapter, ``DocxSectionCache``). Kept, it was copied into that fragment once and never
    /// again, and held a second copy of the chapter's XML to the compile's end. The bytes are
    /// those of ``write(chapter:language:into:)``.
    func writeUnkept(chapter id: String, language: String, into body: inout DocxBody) {
        if let chapter = trees.existingValue(for: id) { DocxNarrative.write(chapter, language: language, into: &body) }
    }

    /// Writes `markdown` into `body` with every run in `language` (see ``DocxNarrative``).
    func write(_ markdown: String, language: String, into body: inout DocxBody) {
        append(.markdown(Text(markdown: markdown)), language: language, into: &body) { fragment in
            DocxNarrative.write(markdown, language: language, into: &fragment)
        }
    }

    /// Appends the fragment of `source` in `language` to `body`, converted by `convert` the
    /// first time.
    private func append(_ source: Source, language: String, into body: inout DocxBody, convert: (inout DocxBody) -> Void) {
        let key = Key(source: source, language: language, defaultLanguage: body.defaultLanguage)
        let fragment = fragments.value(for: key) { [body] in
            var fragment = DocxBody.fragment(language: language, like: body)
            convert(&fragment)
            return fragment
        }
        body.append(fragment)
    }
}
