import PlanDiagnostics
import PlanSyntax
import Testing

@Suite struct DSLRulesExamplesTests {
    @Test(arguments: DSLRules.all.map(\.id))
    func triggeringExamplesReportTheRule(id: String) throws {
        let rule = try #require(DSLRules.rule(id))
        #expect(!rule.triggering.isEmpty)
        for example in rule.triggering {
            let ids = ExampleRunner.diagnostics(of: example).map(\.id)
            #expect(ids.contains(id), "\(id) not reported for:\n\(example)\ngot \(ids)")
        }
    }

    @Test(arguments: DSLRules.all.map(\.id))
    func nonTriggeringExamplesDoNotReportTheRule(id: String) throws {
        let rule = try #require(DSLRules.rule(id))
        #expect(!rule.nonTriggering.isEmpty)
        for example in rule.nonTriggering {
            let diagnostics = ExampleRunner.diagnostics(of: example)
            #expect(diagnostics.isEmpty, "\(id) non-triggering example reports \(diagnostics.map { "\($0.id): \($0.summary)" }):\n\(example)")
        }
    }

    @Test(arguments: DSLRules.all.map(\.id))
    func triggeringExamplesStillReportBehindMultiByteText(id: String) throws {
        let rule = try #require(DSLRules.rule(id))
        for example in rule.triggering {
            let plain = ExampleRunner.diagnostics(of: example).filter { $0.id == id }
            let shifted = ExampleRunner.diagnostics(of: example + "Été 🌍 ").filter { $0.id == id }
            #expect(plain.map(\.range) == shifted.map(\.range))
        }
    }

    @Test func catalogueIDsAreUniqueAndWellFormed() {
        let ids = DSLRules.all.map(\.id)
        #expect(Set(ids).count == ids.count)
        for rule in DSLRules.all {
            #expect(rule.id.hasPrefix("dsl.") || rule.id.hasPrefix("syntax."))
            #expect(!rule.summary.hasSuffix("."))
            #expect(!rule.explanation.isEmpty)
        }
    }
}
