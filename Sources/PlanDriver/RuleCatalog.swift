import PlanCompiler
import PlanDiagnostics
import PlanLint
import PlanModel
import PlanSyntax

/// Every diagnostic ID the tools can emit, with its documentation (`rrp explain`).
public enum RuleCatalog {
    /// All rules, sorted by ID, one entry per ID.
    public static let all: [RuleDescription] = {
        var seen = Set<String>()
        return (SourceRules.all + DSLRules.all + PlanRules.all + LintRules.all + DriverRules.all)
            .filter { seen.insert($0.id).inserted }
            .sorted { $0.id < $1.id }
    }()

    /// The rule with this ID.
    public static func rule(_ id: String) -> RuleDescription? {
        all.first { $0.id == id }
    }

    /// Known IDs closest to `id`, for "did you mean".
    public static func suggestions(for id: String) -> [String] {
        EditDistance.nearest(to: id, in: all.map(\.id), limit: 3)
    }
}
