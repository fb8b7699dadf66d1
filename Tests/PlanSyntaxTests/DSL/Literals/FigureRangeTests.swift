import PlanDiagnostics
import PlanModel
@testable import PlanSyntax
import Testing

/// Figures the parser used to accept and the compiler then trapped on (an arithmetic overflow,
/// a double converted to an integer out of range, a loop that never ended) or wrote as `inf`:
/// each is now a located `dsl.figure-out-of-range`, and the largest accepted figure of each
/// kind parses.
@Suite struct FigureRangeTests {
    static func sector(_ lines: String) -> String {
        "---\nchapter: sector\ncountry: TCD\nsector: wash\n" + lines + "---\n## Situation\n"
    }

    /// (what, front-matter lines, line and UTF-8 column of the figure)
    static let outOfRange: [(String, String, Int, Int)] = [
        ("an amount above USD 10^15", "requirements:\n  NRC: USD 9,000,000,000,000,000,000\n", 6, 12),
        ("an amount past 64 bits", "requirements:\n  NRC: USD 99,999,999,999,999,999,999\n", 6, 12),
        ("a scaled amount above USD 10^15", "requirements:\n  NRC:\n    2026: USD 2,000,000 billion\n", 7, 15),
        ("a count above 10^10", "population:\n  refugees:\n    planned: 9,223,372,036,854,775,807\n", 7, 14),
        ("a targeted count above 10^10", "population:\n  refugees:\n    targeted: 10,000,000,001\n", 7, 15),
        ("a percentage with 20 digits", "indicators:\n  - id: A\n    baseline: 99999999999999999999%\n", 7, 15),
        ("a percentage with 20 decimals", "indicators:\n  - id: A\n    baseline: 1.00000000000000000001%\n", 7, 15),
        ("a percentage with 330 decimals", "indicators:\n  - id: A\n    baseline: 46." + String(repeating: "0", count: 329) + "1%\n", 7, 15),
        ("a number of 311 digits", "indicators:\n  - id: A\n    target: 1" + String(repeating: "0", count: 310) + "\n", 7, 13),
        ("a share with 16 decimals", "population:\n  refugees:\n    sex: female 56.0000000000000001%, male 44%\n", 7, 17),
        ("an age share with 16 decimals", "population:\n  refugees:\n    age: 0-17 50.0000000000000001%, 18+ 50%\n", 7, 15),
    ]

    @Test(arguments: outOfRange)
    func outOfRangeFiguresAreLocatedErrors(what: String, lines: String, line: Int, column: Int) throws {
        let diagnostics = ExampleRunner.diagnostics(of: Self.sector(lines))
        let d = try #require(diagnostics.first { $0.id == "dsl.figure-out-of-range" }, "got \(diagnostics.map(\.id))")
        #expect(d.severity == .error)
        #expect(d.range?.start.line == line, "\(what)")
        #expect(d.range?.start.column == column, "\(what)")
        #expect(d.explanation?.contains("10^15") == true)
    }

    @Test func theLargestFiguresOfEachKindParse() {
        let text = Self.sector("""
            population:
              refugees:
                planned: 10,000,000,000
                sex: female 55.55555555555%, male 44.44444444445%
            indicators:
              - id: A
                baseline: 999,999,999,999,999
                target: 0.000000000000001
              - id: B
                baseline: 99999999999999.9%
            requirements:
              NRC: USD 1,000,000,000,000,000

            """)
        #expect(ExampleRunner.diagnostics(of: text).map(\.id) == [])
    }

    /// Percentages with many decimals are written back with all of them and never trap.
    @Test func percentagesWriteBackEveryWrittenDecimal() {
        guard case .value(let p, let canonical) = PercentLiteral.parse(Array("1.00000000000001%".utf8)[...]) else { Issue.record(); return }
        #expect(canonical == nil)  // written canonically
        #expect(p.description == "1.00000000000001%")
        guard case .value(let big, _) = PercentLiteral.parse(Array("999999999999999%".utf8)[...]) else { Issue.record(); return }
        #expect(big.description == "999999999999999%")
    }
}
