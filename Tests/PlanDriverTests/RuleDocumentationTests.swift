import Foundation
import PlanCompiler
import PlanDiagnostics
import PlanDriver
import PlanLint
import PlanSyntax
import Testing

/// The rule catalogues under docs/ are generated from the one registry by one generator
/// (``RuleRegistry/document(_:)``), between `<!-- BEGIN GENERATED CATALOGUE -->` and
/// `<!-- END GENERATED CATALOGUE -->`. Re-record with `RRP_RECORD_GOLDEN=1`.
@Suite struct RuleDocumentationTests {
    /// Each documentation page and the rules it catalogues.
    static let pages: [(path: String, rules: [Rule])] = [
        ("docs/DSL.md", DSLRules.all),
        ("docs/plan-rules.md", PlanRules.all),
        ("docs/rules.md", LintRules.all),
        ("docs/diagnostics.md", SourceRules.all + DriverRules.all),
    ]
    static let begin = "<!-- BEGIN GENERATED CATALOGUE -->\n"
    static let end = "<!-- END GENERATED CATALOGUE -->"

    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    @Test(arguments: pages.map(\.path))
    func catalogueIsUpToDate(_ path: String) throws {
        let rules = try #require(Self.pages.first { $0.path == path }).rules.sorted { $0.id < $1.id }
        let url = Self.packageRoot.appendingPathComponent(path)
        let doc = try String(contentsOf: url, encoding: .utf8)
        let start = try #require(doc.range(of: Self.begin), "\(path) has no generated catalogue")
        let stop = try #require(doc.range(of: Self.end))
        let generated = RuleRegistry.document(rules) + "\n"
        if ProcessInfo.processInfo.environment["RRP_RECORD_GOLDEN"] == "1" {
            let updated = String(doc[..<start.upperBound]) + generated + String(doc[stop.lowerBound...])
            try updated.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        #expect(String(doc[start.upperBound..<stop.lowerBound]) == generated, "\(path): the rule catalogue is stale; run the tests with RRP_RECORD_GOLDEN=1")
    }

    @Test func everyRuleIsDocumentedOnExactlyOnePage() {
        let documented = Self.pages.flatMap { $0.rules.map(\.id) }
        #expect(documented.count == Set(documented).count)
        #expect(Set(documented) == Set(RuleCatalog.all.map(\.id)))
    }

    @Test func everyLintRuleIsExplainedInTheLintGuide() throws {
        let guide = try String(contentsOf: Self.packageRoot.appendingPathComponent("docs/lint.md"), encoding: .utf8)
        for rule in LintRules.all { #expect(guide.contains(rule.id.rawValue), "docs/lint.md does not mention \(rule.id)") }
    }
}
