import PlanDiagnostics
import Foundation
import PlanSyntax
import Testing

/// Every entry of the error catalogue, checked for its ID, line and UTF-8 column, also when
/// multi-byte text comes before the error on its line.
@Suite struct ErrorPositionTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var id: String
        var text: String
        var line: Int
        var column: Int
        var testDescription: String { id }
    }

    static let cases: [Case] = [
        Case(id: "syntax.invalid-utf8", text: "---\nchapter: country\ncountry: TCD\ntitle: \u{FFFD}\n---\n", line: 4, column: 8),
        Case(id: "syntax.unterminated-front-matter", text: "---\nchapter: country\n", line: 1, column: 1),
        Case(id: "syntax.front-matter-not-at-start", text: "\n\n---\nchapter: country\ncountry: TCD\n---\n", line: 1, column: 1),
        Case(id: "dsl.missing-chapter-kind", text: "---\ncountry: TCD\n---\n", line: 1, column: 1),
        Case(id: "dsl.tab-indentation", text: "---\nchapter: country\ncountry: TCD\nheadline:\n \tpartners: 3\n---\n", line: 5, column: 2),
        Case(id: "dsl.unexpected-indentation", text: "---\nchapter: country\n  country: TCD\n---\n", line: 3, column: 1),
        Case(id: "dsl.inconsistent-indentation", text: "---\nchapter: country\ncountry: TCD\nheadline:\n    partners: 3\n  population: 5\n---\n", line: 6, column: 1),
        Case(id: "dsl.duplicate-key", text: "---\nchapter: country\ncountry: TCD\ncountry: CMR\n---\n", line: 4, column: 1),
        Case(id: "dsl.expected-key", text: "---\nchapter: country\ncountry:TCD\n---\n", line: 3, column: 8),
        Case(id: "dsl.expected-list-item", text: "---\nchapter: sector\ncountry: TCD\nsector: wash\nassumptions:\n  - a\n  b\n---\n", line: 7, column: 3),
        Case(id: "dsl.value-on-next-line", text: "---\nchapter: country\ncountry: TCD\ntitle:\n  Tchad\n---\n", line: 5, column: 3),
        Case(id: "dsl.invalid-quoted-text", text: "---\nchapter: country\ncountry: TCD\ntitle: \"Tchad\n---\n", line: 4, column: 8),
        Case(id: "dsl.single-quoted-text", text: "---\nchapter: country\ncountry: TCD\ntitle: 'Tchad'\n---\n", line: 4, column: 8),
        Case(id: "dsl.yaml-anchor", text: "---\nchapter: country\ncountry: TCD\ntitle: &t Tchad\n---\n", line: 4, column: 8),
        Case(id: "dsl.yaml-alias", text: "---\nchapter: country\ncountry: TCD\ntitle: *t\n---\n", line: 4, column: 8),
        Case(id: "dsl.yaml-tag", text: "---\nchapter: country\ncountry: TCD\ntitle: !!str Tchad\n---\n", line: 4, column: 8),
        Case(id: "dsl.yaml-flow-collection", text: "---\nchapter: country\ncountry: TCD\ntitle: [a, b]\n---\n", line: 4, column: 8),
        Case(id: "dsl.yaml-block-scalar", text: "---\nchapter: country\ncountry: TCD\ntitle: >-\n  Tchad\n---\n", line: 4, column: 8),
        Case(id: "dsl.yaml-document-marker", text: "---\nchapter: country\ncountry: TCD\n...\n---\n", line: 4, column: 1),
        Case(id: "dsl.unknown-key", text: "---\nchapter: sector\ncountry: TCD\nsector: wash\nrequirment:\n  UNHCR: USD 5M\n---\n", line: 5, column: 1),
        Case(id: "dsl.missing-key", text: "---\nchapter: sector\ncountry: TCD\n---\n", line: 1, column: 1),
        Case(id: "dsl.missing-value", text: "---\nchapter: country\ncountry: TCD\nlanguage:\n---\n", line: 4, column: 1),
        Case(id: "dsl.expected-block", text: "---\nchapter: country\ncountry: TCD\nheadline: 3\n---\n", line: 4, column: 11),
        Case(id: "dsl.expected-value", text: "---\nchapter: country\ncountry: TCD\nlanguage:\n  - fr\n---\n", line: 5, column: 3),
        Case(id: "dsl.expected-list", text: "---\nchapter: sector\ncountry: TCD\nsector: wash\nindicators: PRT-01\n---\n", line: 5, column: 13),
        Case(id: "dsl.empty-list-item", text: "---\nchapter: sector\ncountry: TCD\nsector: wash\nlocations: Sila,, Ouaddaï\n---\n", line: 5, column: 17),
        Case(id: "dsl.duplicate-list-item", text: "---\nchapter: sector\ncountry: TCD\nsector: wash\nlocations: Sila, Ouaddaï, Sila\n---\n", line: 5, column: 28),
        Case(id: "dsl.invalid-choice", text: "---\nchapter: sectors\ncountry: TCD\nsector: wash\n---\n", line: 2, column: 10),
        Case(id: "dsl.invalid-money", text: "---\nchapter: sector\ncountry: TCD\nsector: wash\nrequirements:\n  NRC: USD 3,45,000\n---\n", line: 6, column: 13),
        Case(id: "dsl.invalid-count", text: "---\nchapter: sector\ncountry: TCD\nsector: wash\npopulation:\n  refugees:\n    planned: 1,25,000\n---\n", line: 7, column: 15),
        Case(id: "dsl.invalid-percent", text: "---\nchapter: sector\ncountry: TCD\nsector: wash\nindicators:\n  - id: A\n    target: 95 %\n---\n", line: 7, column: 15),
        Case(id: "dsl.invalid-date", text: Samples.plan.replacingOccurrences(of: "2026-12-31", with: "2026-02-30"), line: 4, column: 31),
        Case(id: "dsl.invalid-period", text: Samples.plan.replacingOccurrences(of: " to ", with: " - "), line: 4, column: 19),
        Case(id: "dsl.period-reversed", text: Samples.plan.replacingOccurrences(of: "2026-01-01 to 2026-12-31", with: "2026-12-31 to 2026-01-01"), line: 4, column: 9),
        Case(id: "dsl.invalid-country-code", text: "---\nchapter: country\ncountry: NO\n---\n", line: 3, column: 10),
        Case(id: "dsl.invalid-identifier", text: "---\nchapter: sector\ncountry: TCD\nsector: Wash\n---\n", line: 4, column: 9),
        Case(id: "dsl.invalid-language", text: "---\nchapter: country\ncountry: TCD\nlanguage: French\n---\n", line: 4, column: 11),
        Case(id: "dsl.invalid-flag", text: Samples.plan.replacingOccurrences(of: "local: yes", with: "local: true"), line: 26, column: 12),
        Case(id: "dsl.invalid-year", text: "---\nchapter: sector\ncountry: TCD\nsector: wash\nrequirements:\n  NRC:\n    26: USD 5M\n---\n", line: 7, column: 5),
        Case(id: "dsl.invalid-number", text: "---\nchapter: sector\ncountry: TCD\nsector: wash\nindicators:\n  - id: A\n    target: most\n---\n", line: 7, column: 13),
        Case(id: "dsl.invalid-age-breakdown", text: "---\nchapter: sector\ncountry: TCD\nsector: wash\npopulation:\n  refugees:\n    age: 0-4 18%, 0-11 20%\n---\n", line: 7, column: 19),
        Case(id: "dsl.figure-out-of-range", text: "---\nchapter: sector\ncountry: TCD\nsector: wash\nrequirements:\n  NRC: USD 9,000,000,000,000,000,000\n---\n", line: 6, column: 12),
        Case(id: "dsl.invalid-sex-split", text: "---\nchapter: sector\ncountry: TCD\nsector: wash\npopulation:\n  refugees:\n    sex: women 56%, male 44%\n---\n", line: 7, column: 10),
    ]

    @Test(arguments: cases)
    func reportsAtTheExactPlace(_ c: Case) throws {
        let diagnostics = ExampleRunner.diagnostics(of: c.text)
        let d = try #require(diagnostics.first { $0.id.rawValue == c.id }, "\(c.id) not reported; got \(diagnostics.map(\.id.rawValue))")
        #expect(d.range?.start.line == c.line)
        #expect(d.range?.start.column == c.column)
        #expect(d.file == "example.md")
        #expect(!d.summary.hasSuffix("."))
        #expect(d.explanation != nil)
    }

    @Test func everyCatalogueEntryHasAPositionCase() {
        #expect(Set(Self.cases.map(\.id)) == Set(DSLRules.all.map(\.id.rawValue)))
    }

    /// The offending line is line 5 of a sector chapter; columns count UTF-8 bytes.
    @Test(arguments: [
        ("dsl.empty-list-item", "locations: Ouaddaï,, Sila", 21, 22),
        ("dsl.duplicate-list-item", "locations: Ouaddaï, Sila, Ouaddaï", 28, 36),
        ("dsl.invalid-quoted-text", "assumptions: \"Été \\q\"", 21, 23),
        ("dsl.invalid-age-breakdown", "population:\n  refugees:\n    age: 0-4 18%, 5-11 20%, 12-17 16%, 18-59 41%, 60+ 5 %", 0, 0),
    ])
    func multiByteTextBeforeTheErrorKeepsTheColumn(id: String, line: String, start: Int, end: Int) {
        let text = "---\nchapter: sector\ncountry: TCD\nsector: wash\n" + line + "\n---\n"
        let d = ExampleRunner.diagnostics(of: text).first { $0.id.rawValue == id }
        if start == 0 { #expect(d != nil); return }
        #expect(d?.range?.start.line == 5)
        #expect(d?.range?.start.column == start)
        #expect(d?.range?.end.column == end)
    }

    @Test func multiByteCountryCode() {
        let d = ExampleRunner.diagnostics(of: "---\nchapter: country\ncountry: ÉTA\n---\n").first
        #expect(d?.id == "dsl.invalid-country-code")
        #expect(d?.range?.start.column == 10)
        #expect(d?.range?.end.column == 14)
    }
}
