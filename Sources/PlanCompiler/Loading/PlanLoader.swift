import PlanDiagnostics
import PlanModel
import PlanSyntax

/// Reads a plan folder (or files given in memory) and sorts the files by their front matter.
///
/// The front matter decides what a file is, never its path. Reported here: `plan.no-plan-file`,
/// `plan.duplicate-plan-file`, `plan.not-a-chapter`, plus the syntax and DSL diagnostics of each
/// file. Checks that need the plan's registries (undeclared places and sectors, duplicate
/// chapters) happen in ``PlanResolver``.
public enum PlanLoader {
    /// Sorts the files of a plan folder read by ``InputWalk`` (whose diagnostics come first);
    /// `options` says what to compute beyond the syntax trees. A folder that could not be listed
    /// has only its reading error, never `plan.no-plan-file`.
    public static func load(
        folder: InputFolder, parser: ChapterHeaderParser = FrontMatterParser.parse, options: LoadOptions = LoadOptions()
    ) -> (sources: PlanSources, diagnostics: [Diagnostic]) {
        guard folder.isReadable else { return (PlanSources(), folder.diagnostics) }
        let (sources, diagnostics) = load(files: folder.files, folder: folder.path, parser: parser, options: options)
        return (sources, folder.diagnostics + diagnostics)
    }

    /// Sorts decoded files by their front matter, in byte order of their names (as for a folder).
    /// `folder` names the plan in folder-level diagnostics.
    public static func load(
        files: [SourceFile], folder: String, parser: ChapterHeaderParser = FrontMatterParser.parse, options: LoadOptions = LoadOptions()
    ) -> (sources: PlanSources, diagnostics: [Diagnostic]) {
        // Files at the top of the folder (the plan file, as a rule) are parsed first: what the
        // plan file says is needed soonest (``SectionMatcher/preparing(_:)``). The results keep
        // the files' order.
        let order = files.indices.filter { !files[$0].name.utf8.contains(UInt8(ascii: "/")) } + files.indices.filter { files[$0].name.utf8.contains(UInt8(ascii: "/")) }
        let parsed = ConcurrentMap.map(files, scheduled: order) { parse($0, parser: parser, options: options) }
        return load(parsed: consume parsed, folder: folder)
    }

    /// Sorts files already parsed by ``parse(_:parser:options:)``, in byte order of their names.
    /// An editor keeps each file's parse and re-parses only the file that changed.
    public static func load(parsed: consuming [ParsedFile], folder: String) -> (sources: PlanSources, diagnostics: [Diagnostic]) {
        let names = parsed.map(\.chapter.file.name)
        // A folder's files come in that order already (``InputWalk``): then they are not copied.
        let inOrder = names.indices.dropFirst().allSatisfy { !names[$0].utf8.lexicographicallyPrecedes(names[$0 - 1].utf8) }
        guard inOrder else { return classify(parsed.sorted { $0.chapter.file.name.utf8.lexicographicallyPrecedes($1.chapter.file.name.utf8) }, folder: folder) }
        return classify(parsed, folder: folder)
    }

    /// One file after the syntax stage: its chapter, header and diagnostics.
    public struct ParsedFile: Sendable {
        public var chapter: ChapterSource
        public var header: ChapterHeader?
        public var diagnostics: [Diagnostic]
    }

    /// Parses one file; files are independent, so this runs concurrently.
    public static func parse(_ file: SourceFile, parser: ChapterHeaderParser = FrontMatterParser.parse, options: LoadOptions = LoadOptions()) -> ParsedFile {
        let (chapter, readDiagnostics) = ChapterSource.read(file, options: options)
        guard chapter.layout.frontMatter != nil else {
            return ParsedFile(chapter: chapter, header: nil, diagnostics: readDiagnostics.isEmpty ? [notAChapter(file)] : readDiagnostics)
        }
        let (header, parseDiagnostics) = parser(chapter)
        return ParsedFile(chapter: chapter, header: header, diagnostics: readDiagnostics + parseDiagnostics)
    }

    /// Sorts parsed files, in path order, by what their header says they are. Each file is
    /// moved out of `files`, not copied: a copy retains every reference of its header and parse
    /// (hundreds for a sector chapter), released again when `files` is freed.
    static func classify(_ files: consuming [ParsedFile], folder: String) -> (sources: PlanSources, diagnostics: [Diagnostic]) {
        var sources = PlanSources()
        var diagnostics: [Diagnostic] = []
        var remaining = files
        remaining.reverse()
        sources.files.reserveCapacity(remaining.count)
        while let parsed = remaining.popLast() {
            let chapter = parsed.chapter
            let file = chapter.file
            diagnostics += parsed.diagnostics
            sources.files.append(chapter)
            switch parsed.header {
            case .plan(let h):
                if let first = sources.plan {
                    diagnostics.append(duplicatePlanFile(h, in: file.path, first: first))
                } else {
                    sources.plan = PlanFile(source: chapter, header: h)
                }
            case .country(let h): sources.countryChapters.append(CountryChapter(source: chapter, header: h))
            case .sector(let h): sources.sectorChapters.append(SectorChapter(source: chapter, header: h))
            case .translation(let h): sources.translations.append(TranslationChapter(source: chapter, header: h))
            case .foreword(let h): sources.forewords.append(ForewordChapter(source: chapter, header: h))
            case nil: break
            }
        }
        if sources.plan == nil, !sources.files.contains(where: looksLikePlanFile) {
            diagnostics.append(LoadingRules.noPlanFile(folder: folder))
        }
        return (sources, diagnostics)
    }

    /// A file whose front matter has a `plan:` line that failed to parse: no second diagnostic.
    private static func looksLikePlanFile(_ chapter: ChapterSource) -> Bool {
        guard let text = chapter.frontMatterText else { return false }
        return text.hasPrefix("plan:") || text.contains("\nplan:")
    }

    private static func notAChapter(_ file: SourceFile) -> Diagnostic {
        LoadingRules.notAChapter.diagnostic(
            file: file.path,
            range: SourceRange(at: file.location(atOffset: 0)),
            summary: "Markdown file is not a chapter: it has no front matter",
            fixIts: [FixIt("Insert a chapter front matter", range: SourceRange(at: file.location(atOffset: 0)), replacement: "---\nchapter: country\ncountry: XXX\n---\n")]
        )
    }

    private static func duplicatePlanFile(_ header: PlanHeader, in path: String, first: PlanFile) -> Diagnostic {
        LoadingRules.duplicatePlanFile.diagnostic(
            file: path, range: header.title.range,
            summary: "Plan folder has a second plan file",
            notes: [DiagnosticNote("The first plan file is here", file: first.source.file.path, range: first.header.title.range)]
        )
    }
}
