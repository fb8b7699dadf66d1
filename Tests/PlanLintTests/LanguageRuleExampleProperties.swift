import PlanDiagnostics
import PlanDriver
import Testing
@testable import PlanLint

/// Properties of the `language.*` rules' triggering examples (the examples themselves run in
/// PlanDriverTests' ``RuleExamplesTests``): wrapped in code spans they must not trigger,
/// prefixed with multi-byte text they trigger with the column shifted by the prefix's bytes,
/// and after a suppression comment they do not trigger.
struct LanguageRuleExampleProperties {
    static let prefix = "日本語のテキスト。"

    @Test(arguments: LintRules.languageRuleIDs)
    func examplesInCodeSpansDoNotTrigger(_ id: String) throws {
        for example in try #require(RuleCatalog.rule(RuleID(id))).triggering {
            let wrapped = Self.mapProseLines(example) { "`` \($0) ``" }
            let found = LintHarness.lint(wrapped).filter { $0.id.hasPrefix("language.") }
            #expect(found.isEmpty, "code span should hide: \(wrapped)")
        }
    }

    @Test(arguments: LintRules.languageRuleIDs)
    func multiByteTextShiftsTheColumn(_ id: String) throws {
        for example in try #require(RuleCatalog.rule(RuleID(id))).triggering {
            let original = try #require(LintHarness.lint(example).first { $0.id == id }?.range)
            var lines = example.components(separatedBy: "\n")
            lines[original.start.line - 1] = Self.prefix + lines[original.start.line - 1]
            let shifted = LintHarness.lint(lines.joined(separator: "\n")).first { $0.id == id }?.range
            let expected = original.start.column + Self.prefix.utf8.count
            #expect(shifted?.start.line == original.start.line, "\(example)")
            #expect(shifted?.start.column == expected, "\(example)")
        }
    }

    @Test(arguments: LintRules.languageRuleIDs)
    func suppressedExamplesDoNotTrigger(_ id: String) throws {
        for example in try #require(RuleCatalog.rule(RuleID(id))).triggering {
            let line = try #require(LintHarness.lint(example).first { $0.id == id }?.range).start.line
            var lines = example.components(separatedBy: "\n")
            lines.insert("<!-- rrp-lint disable-next-line \(id): example -->", at: line - 1)
            let result = LintHarness.lint(lines.joined(separator: "\n"))
            #expect(!result.contains { $0.id == id }, "\(lines)")
            #expect(!result.contains { $0.id.hasPrefix("lint.") }, "\(result.map(\.summary))")
            let whole = "<!-- rrp-lint disable-file \(id): example -->\n\n" + example
            #expect(!LintHarness.lint(whole).contains { $0.id == id || $0.id.hasPrefix("lint.") })
        }
    }

    /// Applies `transform` to each prose line (not blank, not a heading, not a comment).
    static func mapProseLines(_ text: String, _ transform: (String) -> String) -> String {
        text.components(separatedBy: "\n").map { line in
            line.isEmpty || line.hasPrefix("#") || line.hasPrefix("<!--") ? line : transform(line)
        }.joined(separator: "\n")
    }
}
