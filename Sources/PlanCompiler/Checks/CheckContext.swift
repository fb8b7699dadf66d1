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
}

/// A family of checks over the resolved plan.
protocol PlanCheck {
    /// Every finding in the plan.
    static func check(_ context: CheckContext) -> [Diagnostic]
}
