import PlanDiagnostics
import PlanModel
import PlanSyntax
import Testing

/// `subsectors:` of a declared sector: the list form and the block form with display names.
@Suite struct SubsectorSchemaTests {
    /// A plan file whose `protection` sector has `subsectors` written as `lines` (each line
    /// indented under the sector's keys). `subsectors` is on line 10.
    static func plan(_ lines: String) -> String {
        "---\nplan: Lake Basin plan\ntype: regional\nperiod: 2026-01-01 to 2026-12-31\nversion: launch\nlanguage: fr\ncountries: TCD\n"
            + "sectors:\n  protection:\n    subsectors:" + lines + "    name: Protection\npartners:\n  UNHCR:\n    name: UNHCR\n    type: un\n---\n# Aperçu\n"
    }

    static func sector(_ text: String) throws -> (SectorDeclaration, [Diagnostic]) {
        let (header, diagnostics) = FrontMatterParser.parse(text: text)
        guard case .plan(let plan) = try #require(header) else { throw SchemaTestFailure.notAPlan }
        return (try #require(plan.sectors.first), diagnostics)
    }

    enum SchemaTestFailure: Error { case notAPlan }

    @Test func listFormDeclaresIDsWithoutNames() throws {
        for form in [" gbv, child-protection\n", "\n      - gbv\n      - child-protection\n"] {
            let (sector, diagnostics) = try Self.sector(Self.plan(form))
            #expect(diagnostics.isEmpty)
            #expect(sector.subsectors.map(\.value) == ["gbv", "child-protection"])
            #expect(sector.subsectorNames.isEmpty)
        }
    }

    @Test func blockFormDeclaresIDsInOrderWithTheirNames() throws {
        let (sector, diagnostics) = try Self.sector(Self.plan("\n      gbv: Violences basées sur le genre (VBG)\n      child-protection: \"Protection de l'enfance # ASE\"\n"))
        #expect(diagnostics.isEmpty)
        #expect(sector.subsectors.map(\.value) == ["gbv", "child-protection"])
        #expect(sector.subsectors[0].range.start.line == 11 && sector.subsectors[0].range.start.column == 7)
        let gbv = try #require(sector.subsectorNames["gbv"])
        #expect(gbv.value == "Violences basées sur le genre (VBG)")
        #expect(gbv.range.start.line == 11 && gbv.range.start.column == 12)
        #expect(sector.subsectorNames["child-protection"]?.value == "Protection de l'enfance # ASE")
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var lines: String
        var id: String
        var summary: String
        var line: Int
        var column: Int
        var testDescription: String { summary }
    }

    static let cases: [Case] = [
        Case(lines: "\n      GBV: Gender-based violence\n", id: "dsl.invalid-identifier",
             summary: "Expected an identifier of lower-case letters, digits and single hyphens, such as 'gbv'", line: 11, column: 7),
        Case(lines: "\n      gbv: Gender-based violence\n      gbv: Violence\n", id: "dsl.duplicate-key",
             summary: "Key 'gbv' is already set in this block", line: 12, column: 7),
        Case(lines: "\n      gbv:\n", id: "dsl.missing-value",
             summary: "'gbv' has no value: write the sub-sector's display name after the colon, or remove the key", line: 11, column: 7),
        Case(lines: "\n      gbv: \"  \"\n", id: "dsl.missing-value",
             summary: "'gbv' has an empty name: write the sub-sector's display name, or remove the key", line: 11, column: 12),
        Case(lines: "\n      gbv:\n        - Gender-based violence\n", id: "dsl.expected-value",
             summary: "'gbv' takes the sub-sector's display name on the same line, not an indented list", line: 12, column: 9),
        Case(lines: " gbv, gbv\n", id: "dsl.duplicate-list-item", summary: "'gbv' is already listed in 'subsectors'", line: 10, column: 22),
    ]

    @Test(arguments: cases)
    func mistakesAreReportedAtTheirPosition(_ c: Case) throws {
        let (sector, diagnostics) = try Self.sector(Self.plan(c.lines))
        #expect(diagnostics.map(\.id.rawValue) == [c.id])
        let d = try #require(diagnostics.first)
        #expect(d.summary == c.summary)
        #expect(d.range?.start.line == c.line && d.range?.start.column == c.column, "\(d.range.map(\.description) ?? "no range")")
        #expect(DSLRules.all.contains { $0.id == d.id })
        // The sub-sector stays declared (no cascade of 'undeclared sub-sector' errors), without a name.
        if c.id != "dsl.invalid-identifier" { #expect(sector.subsectors.map(\.value) == ["gbv"]) }
        #expect(sector.subsectorNames.isEmpty || c.id == "dsl.duplicate-key")
    }

    @Test func anUpperCaseSlugGetsAFixIt() throws {
        let (_, diagnostics) = try Self.sector(Self.plan("\n      Child-Protection: Child protection\n"))
        #expect(diagnostics.first?.fixIts.first?.replacement == "child-protection")
    }
}
