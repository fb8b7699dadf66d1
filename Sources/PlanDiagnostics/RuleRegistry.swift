import PlanModel

/// Every rule of a tool, once: what `rrp explain`, the SARIF rule table, the generated
/// documentation and the example tests read.
///
/// Rules come in families (the DSL's, the compiler's, the linter's, the commands'); the
/// registry joins them and refuses two rules with one ID, so that an ID always means one
/// rule. Lookups are by ID.
public struct RuleRegistry: Sendable {
    /// Two families declare the same ID, or an ID is not `family.name`.
    public struct Conflict: Error, CustomStringConvertible, Sendable {
        public var id: RuleID
        public var reason: String
        public var description: String { "rule '\(id)': \(reason)" }
    }

    /// Every rule, sorted by ID.
    public let all: [Rule]
    private let byID: [RuleID: Rule]

    /// Joins `rules`; throws on a duplicate or malformed ID.
    public init(_ rules: [Rule]) throws(Conflict) {
        var byID: [RuleID: Rule] = [:]
        for rule in rules {
            guard rule.id.isWellFormed else { throw Conflict(id: rule.id, reason: "an ID is a lowercase family, a dot and a lowercase name") }
            guard byID.updateValue(rule, forKey: rule.id) == nil else { throw Conflict(id: rule.id, reason: "declared twice") }
        }
        self.byID = byID
        self.all = rules.sorted { $0.id < $1.id }
    }

    /// The rule with this ID.
    public func rule(_ id: RuleID) -> Rule? { byID[id] }

    /// Known IDs closest to `id`, for "did you mean".
    public func suggestions(for id: String) -> [String] {
        EditDistance.nearest(to: id, in: all.map(\.id.rawValue), limit: 3)
    }

    /// The rules of the given families (`dsl`, `budget`...), in ID order.
    public func rules(inFamilies families: Set<String>) -> [Rule] {
        all.filter { families.contains(String($0.id.family)) }
    }

    /// The documentation of `rules`: an index of links, then each rule's entry. The one
    /// generator of every rule catalogue under docs/.
    public static func document(_ rules: [Rule]) -> String {
        let index = rules.map { "- [`\($0.id)`](#\($0.id.rawValue.replacingOccurrences(of: ".", with: ""))-\($0.defaultSeverity.rawValue))" }
        return index.joined(separator: "\n") + "\n\n" + rules.map(\.markdown).joined(separator: "\n")
    }
}
