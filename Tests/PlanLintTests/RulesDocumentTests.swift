import Foundation
import Testing
import PlanLint

/// docs/rules.md is generated from `LintRules.all`; the test fails when it is stale.
/// Re-record with `RRP_RECORD_GOLDEN=1 swift test --filter RulesDocumentTests`.
struct RulesDocumentTests {
    static var expected: String {
        var out = "# Lint rules\n\n<!-- Generated from LintRules.all by RulesDocumentTests; do not edit. -->\n\n"
        out += "Knowledge files: \(LintRules.knowledgeVersion). See [lint.md](lint.md) for how the linter decides.\n\n"
        out += LintRules.all.map { "- [`\($0.id)`](#\($0.id.replacingOccurrences(of: ".", with: ""))-\($0.defaultSeverity.rawValue))" }.joined(separator: "\n") + "\n\n"
        out += LintRules.all.map(\.markdown).joined(separator: "\n")
        return out
    }

    @Test func rulesDocumentIsUpToDate() throws {
        let url = LintHarness.packageRoot.appendingPathComponent("docs/rules.md")
        if ProcessInfo.processInfo.environment["RRP_RECORD_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Self.expected.write(to: url, atomically: true, encoding: .utf8)
        }
        let actual = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        if actual != Self.expected {
            let a = actual.components(separatedBy: "\n"), e = Self.expected.components(separatedBy: "\n")
            let first = zip(a, e).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, e.count)
            Issue.record("docs/rules.md is stale at line \(first + 1): expected \(e.count > first ? e[first] : "<end>"), found \(a.count > first ? a[first] : "<end>"). Re-record with RRP_RECORD_GOLDEN=1.")
        }
    }

    @Test func everyRuleIsDocumentedInLintGuide() throws {
        let guide = try String(contentsOf: LintHarness.packageRoot.appendingPathComponent("docs/lint.md"), encoding: .utf8)
        for rule in LintRules.all { #expect(guide.contains(rule.id), "docs/lint.md does not mention \(rule.id)") }
    }
}
