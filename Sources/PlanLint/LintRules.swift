import PlanDiagnostics

/// Every rule of the agency-neutral linter, with its documentation and examples: the
/// `language.*` rules and the `lint.*` rules about suppression comments. `rrp explain` and
/// docs/rules.md are generated from this list.
public enum LintRules {
    public static let all: [Rule] = LanguageRule.allCases.map(\.description) + SuppressionRules.all

    /// The IDs of the `language.*` rules (those a suppression comment or `lint: disable:` can
    /// switch off).
    public static let languageRuleIDs: [String] = LanguageRule.allCases.map(\.rawValue)

    /// The versions of the shipped data files (agencies, patterns, sections).
    public static var knowledgeVersion: String { LintKnowledge.shipped.versionString }
}
