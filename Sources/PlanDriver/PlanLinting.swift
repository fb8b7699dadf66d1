import Foundation
import PlanCompiler
import PlanDiagnostics
import PlanLint
import PlanModel
import PlanSyntax

/// Runs the agency-neutral language linter over a plan's files with the plan's partner registry
/// and `lint:` settings, each file in the language the compiled plan gives it
/// (``CompiledFile/language``), so the linter and the compiler never disagree about it.
public enum PlanLinting {
    /// Starts building the linter's shipped knowledge (lexicon, generated verb forms, agencies)
    /// on another core and returns at once: a command that will lint calls it first, so that the
    /// knowledge is built while the rest of the process starts and the plan is read. Linting
    /// before it is done waits for it (it is built once per process); calling this again does
    /// nothing.
    public static func prepareKnowledgeInBackground() {
        _ = knowledgeStarted
    }

    /// Started on first use only: later callers need not hold a worker thread waiting for it.
    private static let knowledgeStarted: Void = DispatchQueue.global().async { AgencyNeutralLinter.prepareKnowledge() }

    /// Lints every file of a compiled plan folder (files that are not chapters too: their prose
    /// is still the plan's).
    public static func lint(_ compilation: PlanCompilation) -> [Diagnostic] {
        let linter = linter(for: compilation)
        let parts = ConcurrentMap.map(compilation.files) { lint($0, with: linter) }
        // Joined into one array of the final size (a first lint has tens of thousands).
        var all: [Diagnostic] = []
        all.reserveCapacity(parts.reduce(0) { $0 + $1.count })
        for part in parts { all += part }
        return all
    }

    /// Lints one file of a compiled plan as the plan sees it: in its language, and as a signed
    /// message when it is a foreword or a translation of one (``CompiledFile/isSignedMessage``).
    public static func lint(_ file: CompiledFile, with linter: AgencyNeutralLinter) -> [Diagnostic] {
        linter.lint(file.source, language: file.language, signedMessage: file.isSignedMessage ? true : nil)
    }

    /// The linter of a compiled plan: its partner registry and `lint:` settings. Lint each file
    /// with its ``CompiledFile/language``.
    public static func linter(for compilation: PlanCompilation) -> AgencyNeutralLinter {
        let header = compilation.planHeader
        return AgencyNeutralLinter(partners: header?.partners ?? [], settings: header?.lint ?? LintSettings())
    }

    /// Lints a lone chapter file: its own `language:` line decides, and only the built-in agency
    /// list applies. A translation whose `of:` names a foreword file on disk is read in the
    /// foreword's voice, as in its plan folder.
    static func lint(file chapter: ChapterSource) -> [Diagnostic] {
        AgencyNeutralLinter().lint(chapter, language: ChapterLanguage.declared(in: chapter), signedMessage: translatesForeword(chapter) ? true : nil)
    }

    /// Whether `chapter` is a translation (`chapter: translation`) whose `of:` names a file,
    /// relative to the translation's folder, that is a foreword (`chapter: foreword`).
    static func translatesForeword(_ chapter: ChapterSource) -> Bool {
        guard FrontMatterKey.value(of: "chapter", in: chapter) == "translation",
              let of = FrontMatterKey.value(of: "of", in: chapter), !of.isEmpty else { return false }
        let path = String(of)
        let folder = (chapter.file.path as NSString).deletingLastPathComponent
        let originalPath = path.hasPrefix("/") ? path : (folder as NSString).appendingPathComponent(path)
        guard let data = FileManager.default.contents(atPath: originalPath),
              let file = SourceFile.decode(path: originalPath, bytes: Array(data)).file else { return false }
        return FrontMatterKey.value(of: "chapter", in: ChapterSource.read(file).chapter) == "foreword"
    }
}
