import PlanModel
@testable import PlanSyntax
import Testing

@Suite struct NumberLiteralTests {
    static func bytes(_ s: String) -> LiteralBytes { Array(s.utf8)[...] }

    @Test func counts() {
        guard case .value(let n, let c) = CountLiteral.parse(Self.bytes("1250000")) else { Issue.record(); return }
        #expect(n == 1_250_000)
        #expect(c == "1,250,000")
        for bad in ["1,25,000", "1.25M", "-5", "12 000", "abc", "1,250,000.5"] {
            guard case .failure(let f) = CountLiteral.parse(Self.bytes(bad)) else { Issue.record("accepted \(bad)"); continue }
            #expect(f.rule.id == "dsl.invalid-count")
        }
    }

    @Test func percentages() {
        guard case .value(let p, let c) = PercentLiteral.parse(Self.bytes("12.5%")) else { Issue.record(); return }
        #expect(p == Percent(12.5, precision: 0.1))
        #expect(c == nil)  // written canonically
        guard case .value(_, let c2) = PercentLiteral.parse(Self.bytes("056%")) else { Issue.record(); return }
        #expect(c2 == "56%")
        guard case .failure(let space) = PercentLiteral.parse(Self.bytes("56 %")) else { Issue.record(); return }
        #expect(space.replacement?.text == "")
        guard case .failure(let over) = PercentLiteral.parse(Self.bytes("101%"), maximum: 100) else { Issue.record(); return }
        #expect(over.summary.contains("100%"))
        guard case .failure = PercentLiteral.parse(Self.bytes("56")) else { Issue.record(); return }
    }

    /// Whole numbers convert directly; the value is the one the decimal text stands for.
    @Test(arguments: ["0%", "007%", "56%", "1,250,000%", "999,999,999,999,999%", "00000000000000000000042%"])
    func wholePercentagesHaveTheWrittenValue(text: String) {
        guard case .value(let p, let c) = PercentLiteral.parse(Self.bytes(text)) else { Issue.record(); return }
        let digits = text.dropLast().filter { $0 != "," }
        #expect(p == Percent(Double(String(digits))!, precision: 1))
        let expected = (digits.drop { $0 == "0" }.isEmpty ? "0" : String(digits.drop { $0 == "0" })) + "%"
        #expect((c ?? text) == expected)  // nil: written canonically
        #expect((c == nil) == (text == expected))
    }

    @Test func dates() {
        guard case .value(let d, _) = DateLiteral.parse(Self.bytes("2028-02-29")) else { Issue.record(); return }
        #expect(d == PlanDate(year: 2028, month: 2, day: 29))
        guard case .value(let m, _) = DateLiteral.parse(Self.bytes("2026-01")) else { Issue.record(); return }
        #expect(m.day == nil)
        for (bad, fragment) in [("2026-02-29", "28 days"), ("2026-13", "Month 13"), ("2026-1-05", "two digits"), ("26-01-01", "YYYY"), ("2026/01/01", "YYYY")] {
            guard case .failure(let f) = DateLiteral.parse(Self.bytes(bad)) else { Issue.record("accepted \(bad)"); continue }
            #expect(f.summary.contains(fragment), "\(bad): \(f.summary)")
        }
    }

    @Test func periods() {
        guard case .value(let p, let c) = PeriodLiteral.parse(Self.bytes("2026-01 to 2026-01")) else { Issue.record(); return }
        #expect(p.months == 1)
        #expect(c == "2026-01 to 2026-01")
        guard case .failure(let reversed) = PeriodLiteral.parse(Self.bytes("2026-02 to 2026-01-31")) else { Issue.record(); return }
        #expect(reversed.rule.id == "dsl.period-reversed")
        guard case .failure(let dash) = PeriodLiteral.parse(Self.bytes("2026-01 - 2026-06")) else { Issue.record(); return }
        #expect(dash.replacement?.text == " to ")
    }

    @Test func indicatorValues() {
        guard case .value(.number(let n), let c) = SimpleLiterals.indicatorValue(Self.bytes("1200.50")) else { Issue.record(); return }
        #expect(n == 1200.5)
        #expect(c == "1,200.50")
        guard case .value(.percent(let p), _) = SimpleLiterals.indicatorValue(Self.bytes("62%")) else { Issue.record(); return }
        #expect(p.value == 62)
    }

    @Test func yearsAndLanguages() {
        guard case .value(2026, _) = SimpleLiterals.year(Self.bytes("2026")) else { Issue.record(); return }
        guard case .failure = SimpleLiterals.year(Self.bytes("26")) else { Issue.record(); return }
        guard case .value("es-419", _) = SimpleLiterals.language(Self.bytes("es-419")) else { Issue.record(); return }
        guard case .failure(let upper) = SimpleLiterals.language(Self.bytes("FR")) else { Issue.record(); return }
        #expect(upper.replacement?.text == "fr")
    }
}
