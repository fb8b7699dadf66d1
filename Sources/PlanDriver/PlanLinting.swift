import PlanCompiler
import PlanDiagnostics
import PlanLint
import PlanModel
import PlanSyntax

/// Runs the agency-neutral language linter over a plan's chapters, with the plan's partner
/// registry and `lint:` settings, each chapter in its own language.
enum PlanLinting {
    /// Lints every chapter of a loaded plan folder (files that are not chapters too: their
    /// prose is still the plan's).
    static func lint(_ sources: PlanSources) -> [Diagnostic] {
        let header = sources.plan?.header
        let linter = AgencyNeutralLinter(partners: header?.partners ?? [], settings: header?.lint ?? LintSettings())
        let planLanguage = header?.language.value
        let declared = sources.countryChapters.map { ($0.source.file.path, $0.header.language?.value) }
            + sources.sectorChapters.map { ($0.source.file.path, $0.header.language?.value) }
        let languages = Dictionary(declared.compactMap { path, language in language.map { (path, $0) } }, uniquingKeysWith: { first, _ in first })
        let files = sources.files
        let results = ConcurrentMap.map(files) { chapter in
            linter.lint(chapter, language: languages[chapter.file.path] ?? planLanguage)
        }
        return results.flatMap { $0 }
    }

    /// Lints a lone chapter file: its own `language:` line decides, and only the built-in agency
    /// list applies.
    static func lint(file chapter: ChapterSource) -> [Diagnostic] {
        AgencyNeutralLinter().lint(chapter)
    }
}
