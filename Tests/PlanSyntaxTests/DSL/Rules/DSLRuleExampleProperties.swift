import PlanDiagnostics
import PlanSyntax
import Testing

/// Properties of the DSL rules' examples (the examples themselves run in PlanDriverTests'
/// ``RuleExamplesTests``).
@Suite struct DSLRuleExampleProperties {
    /// A comment line of multi-byte text inserted after the opening `---` moves every finding
    /// one line down and leaves its columns alone.
    @Test(arguments: DSLRules.all.map(\.id.rawValue))
    func triggeringExamplesBehindMultiByteTextKeepTheirColumns(id: String) throws {
        let rule = try #require(DSLRules.all.first { $0.id.rawValue == id })
        for example in rule.triggering where example.hasPrefix("---\n") {
            let plain = ExampleRunner.diagnostics(of: example).filter { $0.id == rule.id }.compactMap(\.range)
            let shifted = ExampleRunner.diagnostics(of: "---\n# Été 🌍 ok\n" + example.dropFirst(4)).filter { $0.id == rule.id }.compactMap(\.range)
            #expect(shifted.map(\.start.column) == plain.map(\.start.column), "\(example)")
            #expect(shifted.map(\.end.column) == plain.map(\.end.column))
            #expect(shifted.map(\.start.line) == plain.map { $0.start.line == 1 ? 1 : $0.start.line + 1 })
        }
    }

    @Test func everyRuleIsInTheDSLFamilies() {
        for rule in DSLRules.all { #expect(rule.id.family == "dsl" || rule.id.family == "syntax") }
    }
}
