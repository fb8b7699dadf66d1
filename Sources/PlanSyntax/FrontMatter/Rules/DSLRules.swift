import PlanDiagnostics

/// The catalogue of every diagnostic the front-matter parser reports: what `rrp explain ID`
/// prints and what docs/DSL.md lists. Each entry's examples are complete chapter files; the
/// tests run them through the parser.
public enum DSLRules {
    /// Every rule, in catalogue order: source and layout, then the tree, YAML features, the
    /// schema, and typed values.
    public static let all: [Rule] = source + tree + yaml + schema + literals + demographics

    /// A country chapter with `lines` added to its front matter.
    static func country(_ lines: String = "") -> String {
        "---\nchapter: country\ncountry: TCD\n" + lines + "---\n## Situation\n"
    }

    /// A sector chapter with `lines` added to its front matter.
    static func sector(_ lines: String = "") -> String {
        "---\nchapter: sector\ncountry: TCD\nsector: protection\n" + lines + "---\n## Situation\n"
    }

    /// A plan file with `lines` added to its front matter, and `sector` to its `protection` sector.
    static func plan(_ lines: String = "", countries: String = "countries: TCD, CMR\n", sector: String = "") -> String {
        "---\nplan: Lake Basin plan\ntype: regional\nperiod: 2026-01-01 to 2026-12-31\nversion: launch\nlanguage: en\n" + countries
            + "sectors:\n  protection:\n    name: Protection\n" + sector + "partners:\n  UNHCR:\n    name: UNHCR\n    type: un\n" + lines + "---\n# Overview\n"
    }

    static func rule(_ id: RuleID, _ summary: String, _ explanation: String, triggering: [String], nonTriggering: [String]) -> Rule {
        Rule(id: id, severity: .error, summary: summary, explanation: explanation, triggering: triggering, nonTriggering: nonTriggering)
    }
}
