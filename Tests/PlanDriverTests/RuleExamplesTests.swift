import PlanDiagnostics
import PlanDriver
import Testing

/// The one runner of every rule's examples, over the one registry: each example is written to
/// disk and run through `rrp check` (or `rrp compile`) as a user would. A triggering example
/// reports its rule in its own files, with the rule's severity, at every `↓` mark; a
/// non-triggering one does not report it and parses cleanly.
@Suite struct RuleExamplesTests {
    static let ids = RuleCatalog.all.map(\.id.rawValue)

    @Test(arguments: ids)
    func triggeringExamplesReportTheRule(_ id: String) throws {
        let rule = try #require(RuleCatalog.rule(RuleID(id)))
        #expect(!rule.triggering.isEmpty, "\(id) has no triggering example")
        for example in rule.triggering {
            let result = RuleExampleRunner.run(example)
            let hits = result.findings(of: rule.id)
            #expect(!hits.isEmpty, "\(id) not reported for:\n\(example)\ngot \(result.diagnostics.map { "\($0.id) \($0.file): \($0.summary)" })")
            #expect(hits.allSatisfy { $0.severity == rule.defaultSeverity && !$0.summary.hasSuffix(".") && !$0.summary.isEmpty })
            #expect(result.unmetMarks(of: rule.id).isEmpty, "\(id): no finding at \(result.unmetMarks(of: rule.id)); found at \(hits.compactMap { $0.range.map { "\($0.start)" } })")
        }
    }

    @Test(arguments: ids)
    func nonTriggeringExamplesDoNotReportTheRule(_ id: String) throws {
        let rule = try #require(RuleCatalog.rule(RuleID(id)))
        #expect(!rule.nonTriggering.isEmpty, "\(id) has no non-triggering example")
        for example in rule.nonTriggering {
            let result = RuleExampleRunner.run(example)
            #expect(result.findings(of: rule.id).isEmpty, "\(id) reported for its non-triggering example:\n\(example)\n\(result.findings(of: rule.id).map(\.summary))")
            let syntax = result.diagnostics.filter { ["dsl", "syntax", "io"].contains($0.id.family) && $0.id != rule.id }
            #expect(syntax.isEmpty, "\(id) non-triggering example does not read cleanly: \(syntax.map { "\($0.id) \($0.file): \($0.summary)" })")
        }
    }

    @Test func everyRuleIsDocumented() {
        for rule in RuleCatalog.all {
            #expect(rule.id.isWellFormed, "\(rule.id)")
            #expect(!rule.summary.isEmpty && !rule.summary.hasSuffix("."), "\(rule.id) summary")
            #expect(!rule.explanation.isEmpty, "\(rule.id) explanation")
        }
    }

    @Test func theRegistryRefusesTwoRulesWithOneID() {
        let a = Rule(id: "budget.example", severity: .error, summary: "One", explanation: "One.")
        let b = Rule(id: "budget.example", severity: .warning, summary: "Two", explanation: "Two.")
        #expect(throws: RuleRegistry.Conflict.self) { try RuleRegistry([a, b]) }
        #expect(throws: RuleRegistry.Conflict.self) { try RuleRegistry([Rule(id: "Budget", severity: .error, summary: "x", explanation: "x")]) }
        #expect((try? RuleRegistry([a]))?.rule("budget.example")?.summary == "One")
    }

    @Test func marksPointAtTheCharacterAfterThem() {
        let example = RuleExample("==> plan.md <== default\n==> TCD/x.md <==\nab\ncé↓d\n")
        #expect(example.marks.map(\.description) == ["TCD/x.md:2:4"])
        #expect(example.files.last?.kind == .text("ab\ncéd\n"))
        #expect(RuleExample.withoutMarkers("a↓b") == "ab")
    }
}
