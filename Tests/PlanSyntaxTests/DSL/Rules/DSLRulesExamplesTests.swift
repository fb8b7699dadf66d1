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

    /// A comment line of multi-byte text inserted after the opening `---` moves every finding
    /// one line down and leaves its columns alone.
    @Test(arguments: DSLRules.all.map(\.id))
    func triggeringExamplesBehindMultiByteTextKeepTheirColumns(id: String) throws {
        let rule = try #require(DSLRules.rule(id))
        for example in rule.triggering where example.hasPrefix("---\n") {
            let plain = ExampleRunner.diagnostics(of: example).filter { $0.id == id }.compactMap(\.range)
            let shifted = ExampleRunner.diagnostics(of: "---\n# Été 🌍 ok\n" + example.dropFirst(4)).filter { $0.id == id }.compactMap(\.range)
            #expect(shifted.map(\.start.column) == plain.map(\.start.column), "\(example)")
            #expect(shifted.map(\.end.column) == plain.map(\.end.column))
            #expect(shifted.map(\.start.line) == plain.map { $0.start.line == 1 ? 1 : $0.start.line + 1 })
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
