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
    /// Every file read, by name: what a chapter's narrative was built from, whose parse keeps
    /// what is derived from it (``ChapterDerived``).
    var chapters: [String: ChapterSource] = [:]

    var planPath: String { planFile.source.file.path }
    var header: PlanHeader { planFile.header }

    /// `diagnostics` located by the plan's records (``Narrative/file`` is a name inside the plan
    /// folder, the same however the folder was spelled) with the paths diagnostics print instead.
    func printed(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        let files = [planFile.source.file] + countryChapters.map(\.source.file) + sectorChapters.map(\.source.file)
        let paths = Dictionary(files.map { ($0.name, $0.path) }, uniquingKeysWith: { first, _ in first })
        return diagnostics.map { d in
            var d = d
            d.file = paths[d.file] ?? d.file
            for i in d.notes.indices { d.notes[i].file = d.notes[i].file.map { paths[$0] ?? $0 } }
            return d
        }
    }
}

/// A family of checks over the resolved plan.
protocol PlanCheck {
    /// Every finding in the plan.
    static func check(_ context: CheckContext) -> [Diagnostic]
}
