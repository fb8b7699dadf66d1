import PlanCompiler
import PlanDiagnostics
import PlanLint
import PlanModel
import PlanSyntax

/// The one registry of every rule `rrp` can report: the DSL's, the compiler's, the linter's
/// and the commands'. `rrp explain`, SARIF's rule table, docs/ and the example tests read it.
public enum RuleCatalog {
    /// The rule families, each documented in its own file under docs/.
    public static let families: [[Rule]] = [SourceRules.all, DSLRules.all, PlanRules.all, LintRules.all, DriverRules.all]

    /// Every rule, once. Two rules with one ID stop the tool at its first use of the registry
    /// (and every test run), before any ID could mean two things.
    public static let registry: RuleRegistry = {
        do {
            return try RuleRegistry(families.flatMap { $0 })
        } catch {
            fatalError("The rule catalogue is inconsistent: \(error)")
        }
    }()

    /// All rules, sorted by ID.
    public static var all: [Rule] { registry.all }

    /// The rule with this ID.
    public static func rule(_ id: RuleID) -> Rule? { registry.rule(id) }

    /// Known IDs closest to `id`, for "did you mean".
    public static func suggestions(for id: String) -> [String] { registry.suggestions(for: id) }
}
