import PlanDiagnostics
import PlanModel
import PlanSyntax

/// Attaches translated chapters (`chapter: translation`) to their originals and compares the
/// figures each states with its original's. Reported here: `plan.translation-without-original`,
/// `plan.duplicate-translation`, `plan.translation-same-language`, `plan.translation-figures`.
enum TranslationResolver {
    /// The translations of the chapters accepted into `plan` (original file name → language →
    /// text), with the diagnostics.
    static func resolve(_ sources: PlanSources, plan: Plan) -> (translations: [String: [String: TranslatedText]], diagnostics: [Diagnostic]) {
        guard !sources.translations.isEmpty else { return ([:], []) }
        // The accepted chapters: file name → (source, language).
        var originals: [String: (source: ChapterSource, language: String)] = [:]
        let byName = Dictionary(sources.files.map { ($0.file.name, $0) }, uniquingKeysWith: { a, _ in a })
        if let file = sources.plan { originals[file.source.file.name] = (file.source, plan.language) }
        if let foreword = plan.foreword, let source = byName[foreword.narrative.file] { originals[foreword.narrative.file] = (source, foreword.language) }
        for place in plan.places {
            if let narrative = place.narrative, let source = byName[narrative.file] { originals[narrative.file] = (source, place.language) }
            for sector in place.sectors {
                if let source = byName[sector.narrative.file] { originals[sector.narrative.file] = (source, sector.language) }
            }
        }
        var translations: [String: [String: TranslatedText]] = [:]
        var first: [String: TranslationChapter] = [:]
        var diagnostics: [Diagnostic] = []
        for chapter in sources.translations {
            let h = chapter.header, path = chapter.source.file.path
            let name = resolvedName(h.original.value, from: chapter.source.file.name)
            guard let name, let original = originals[name] else {
                let candidates = originals.keys.sorted().map { relative($0, from: chapter.source.file.name) }
                diagnostics.append(TranslationRules.withoutOriginal.diagnostic(
                    file: path, range: h.original.range,
                    summary: "Translation names no chapter of the plan: '\(h.original.value)'" + NearMiss.didYouMean(h.original.value, among: candidates),
                    fixIts: NearMiss.suggestion(for: h.original.value, among: candidates).map { [FixIt("Replace with '\($0)'", range: h.original.range, replacement: $0)] } ?? []
                ))
                continue
            }
            let language = h.language.value
            if language.lowercased() == original.language.lowercased() {
                diagnostics.append(TranslationRules.sameLanguage.diagnostic(
                    file: path, range: h.language.range,
                    summary: "Translation is in its original's language ('\(language)'): '\(name)' is written in it already"
                ))
                continue
            }
            let key = name + "|" + language.lowercased()
            if let earlier = first[key] {
                diagnostics.append(TranslationRules.duplicate.diagnostic(
                    file: path, range: h.language.range,
                    summary: "Second translation of '\(name)' into '\(language)'",
                    notes: [DiagnosticNote("The first translation is here", file: earlier.source.file.path, range: earlier.header.language.range)]
                ))
                continue
            }
            first[key] = chapter
            translations[name, default: [:]][language] = TranslatedText(
                language: language, title: h.title?.value, narrative: NarrativeBuilder.build(chapter.source)
            )
            diagnostics += figures(chapter, original: original.source, originalLanguage: original.language, originalName: name)
        }
        return (translations, diagnostics)
    }

    /// `plan.translation-figures`: figures of the translation that differ from its original's or
    /// that it does not state (where they stand), and figures of the original the translation
    /// leaves out (at `of:`). See ``TranslatedFigures`` for what a translator may change.
    static func figures(_ chapter: TranslationChapter, original: ChapterSource, originalLanguage: String, originalName: String) -> [Diagnostic] {
        let mismatches = TranslatedFigures.compare(translation: chapter.source.bodyText, language: chapter.header.language.value,
                                                  original: original.bodyText, originalLanguage: originalLanguage)
        var diagnostics: [Diagnostic] = []
        let file = chapter.source.file
        let bodyStart = min(chapter.source.layout.bodyStartOffset, file.bytes.count)
        func range(_ f: ProseFigures.Figure) -> SourceRange {
            SourceRange(start: file.location(atOffset: bodyStart + f.offset), end: file.location(atOffset: bodyStart + f.offset + f.written.utf8.count))
        }
        var missing: [String] = []
        for mismatch in mismatches {
            switch mismatch {
            case .differs(let stated, let expected):
                var fixIts: [FixIt] = []
                if let digits = FigureCorrection.digits(for: expected, in: stated, language: chapter.header.language.value) {
                    let start = file.location(atOffset: bodyStart + stated.offset)
                    let end = file.location(atOffset: bodyStart + stated.offset + stated.digitsLength)
                    fixIts.append(FixIt("Replace with '\(digits)'", range: SourceRange(start: start, end: end), replacement: digits))
                }
                diagnostics.append(TranslationRules.figures.diagnostic(
                    file: file.path, range: range(stated),
                    summary: "Translation states '\(stated.written)' where its original '\(originalName)' states '\(expected.written)'",
                    fixIts: fixIts
                ))
            case .extra(let stated):
                diagnostics.append(TranslationRules.figures.diagnostic(
                    file: file.path, range: range(stated),
                    summary: "Translation states '\(stated.written)', a figure its original '\(originalName)' does not state"
                ))
            case .missing(let expected):
                missing.append("'\(expected.written)'")
            }
        }
        if !missing.isEmpty {
            diagnostics.append(TranslationRules.figures.diagnostic(
                file: file.path, range: chapter.header.original.range,
                summary: "Translation leaves out " + (missing.count == 1 ? "a figure" : "\(missing.count) figures") + " of its original '\(originalName)': " + missing.joined(separator: ", ")
            ))
        }
        return diagnostics
    }

    /// The plan-folder name `path` (relative to the folder of the file named `from`) stands for,
    /// `nil` when it leaves the plan folder.
    static func resolvedName(_ path: String, from: String) -> String? {
        var parts = from.split(separator: "/", omittingEmptySubsequences: true).map(String.init).dropLast()
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(String(part))
            }
        }
        return parts.joined(separator: "/")
    }

    /// `name` as a path relative to the folder of the file named `from` (for suggestions).
    static func relative(_ name: String, from: String) -> String {
        let folder = from.split(separator: "/").dropLast().map(String.init)
        let target = name.split(separator: "/").map(String.init)
        var common = 0
        while common < folder.count, common < target.count - 1, folder[common] == target[common] { common += 1 }
        return (Array(repeating: "..", count: folder.count - common) + target[common...]).joined(separator: "/")
    }
}
