import PlanDiagnostics
import PlanModel
import PlanSyntax

/// What every check sees: the consolidated plan and the accepted chapters with their located
/// headers (for exact positions).
struct CheckContext: Sendable {
    var plan: Plan
    var planFile: PlanFile
    var registry: Registry
    var countryChapters: [CountryChapter]
    var sectorChapters: [SectorChapter]
    var vocabulary: SectionVocabulary

    var planPath: String { planFile.source.file.path }
    var header: PlanHeader { planFile.header }

    /// The path diagnostics print for each file name the plan records (``Narrative/file`` is the
    /// name inside the plan folder, the same however the folder was spelled).
    var paths: [String: String] {
        let files = [planFile.source.file] + countryChapters.map(\.source.file) + sectorChapters.map(\.source.file)
        return Dictionary(files.map { ($0.name, $0.path) }, uniquingKeysWith: { first, _ in first })
    }
}

/// A family of checks over the resolved plan.
protocol PlanCheck {
    /// Every finding in the plan.
    static func check(_ context: CheckContext) -> [Diagnostic]
}
