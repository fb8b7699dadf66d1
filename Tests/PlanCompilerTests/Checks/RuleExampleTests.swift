import PlanDiagnostics
import Testing
@testable import PlanCompiler

/// Runs every rule's examples: triggering ones must produce the rule's diagnostic in one of the
/// example's own files, non-triggering ones must not.
@Suite struct RuleExampleTests {
    static let rules = PlanRules.all

    @Test(arguments: rules)
    func triggeringExamplesTrigger(_ rule: RuleDescription) {
        #expect(!rule.triggering.isEmpty, "\(rule.id) has no triggering example")
        for example in rule.triggering {
            let own = RuleExample.ownPaths(example)
            let hits = PlanCompiler.compile(example: example).diagnostics.filter { $0.id == rule.id && own.contains($0.file) }
            #expect(!hits.isEmpty, "\(rule.id) did not trigger on:\n\(example)")
            #expect(hits.allSatisfy { $0.severity == rule.defaultSeverity && !$0.summary.hasSuffix(".") })
        }
    }

    @Test(arguments: rules)
    func nonTriggeringExamplesDoNotTrigger(_ rule: RuleDescription) {
        #expect(!rule.nonTriggering.isEmpty, "\(rule.id) has no non-triggering example")
        for example in rule.nonTriggering {
            let own = RuleExample.ownPaths(example)
            let compilation = PlanCompiler.compile(example: example)
            let hits = compilation.diagnostics.filter { $0.id == rule.id && own.contains($0.file) }
            #expect(hits.isEmpty, "\(rule.id) triggered on:\n\(example)\n\(hits.map(\.summary))")
            let syntax = compilation.diagnostics.filter { $0.id.hasPrefix("dsl.") || $0.id.hasPrefix("syntax.") }
            #expect(syntax.isEmpty, "\(rule.id) example does not parse: \(syntax.map { "\($0.file):\($0.range?.start.description ?? "") \($0.summary)" })")
        }
    }

    @Test func ruleIDsAreUniqueAndDotted() {
        let ids = Self.rules.map(\.id)
        #expect(Set(ids).count == ids.count)
        #expect(ids.allSatisfy { $0.contains(".") && $0 == $0.lowercased() })
    }
}
