import PlanModel
@testable import PlanSyntax
import Testing

@Suite struct MoneyLiteralTests {
    static func parse(_ text: String) -> Parsed<Money> { MoneyLiteral.parse(Array(text.utf8)[...]) }

    @Test(arguments: [
        ("USD 3,450,000", Money(amount: 3_450_000), "USD 3,450,000"),
        ("USD 3450000", Money(amount: 3_450_000), "USD 3,450,000"),
        ("USD 45.2M", Money(amount: 45_200_000, precision: 100_000), "USD 45.2M"),
        ("USD 45M", Money(amount: 45_000_000, precision: 1_000_000), "USD 45M"),
        ("USD 49.25 million", Money(amount: 49_250_000, precision: 10_000), "USD 49.25 million"),
        ("USD 1.2 billion", Money(amount: 1_200_000_000, precision: 100_000_000), "USD 1.2 billion"),
        ("USD 1.20 billion", Money(amount: 1_200_000_000, precision: 10_000_000), "USD 1.20 billion"),
        ("USD 750K", Money(amount: 750_000, precision: 1_000), "USD 750K"),
        ("USD  600,000", Money(amount: 600_000), "USD 600,000"),
        ("EUR 5M", Money(currency: "EUR", amount: 5_000_000, precision: 1_000_000), "EUR 5M"),
        ("USD 0", Money(amount: 0), "USD 0"),
        ("USD 1,000,000,000,000,000", Money(amount: 1_000_000_000_000_000), "USD 1,000,000,000,000,000"),
        ("USD 1,000,000 billion", Money(amount: 1_000_000_000_000_000, precision: 1_000_000_000), "USD 1,000,000 billion"),
    ])
    func validAmounts(text: String, money: Money, canonical: String) {
        guard case .value(let m, let c) = Self.parse(text) else { Issue.record("rejected \(text)"); return }
        #expect(m == money)
        #expect(m.precision == money.precision)
        #expect((c ?? text) == canonical)  // nil: written canonically
        #expect((c == nil) == (text == canonical))
    }

    /// (text, 0-based offset of the first byte at fault, summary fragment)
    @Test(arguments: [
        ("USD 3,45,000", 5, "groups of three"),
        ("USD 3450,000", 8, "groups of three"),
        ("USD 1,2345", 5, "groups of three"),
        ("3,450,000", 0, "currency before"),
        ("$3,450,000", 0, "'USD'"),
        ("usd 5M", 0, "capitals"),
        ("USD5M", 3, "space"),
        ("USD 12.50", 6, "whole currency units"),
        ("USD 1.2345678M", 5, "at most 6"),
        ("USD 45,2M", 6, "groups of three"),
        ("USD 45.2m", 8, "scale"),
        ("USD 45.2 millions", 8, "scale"),
        ("USD", 3, "space"),
        ("USD x", 4, "digits"),
        ("US 5M", 0, "three-letter"),
    ])
    func rejectedAmounts(text: String, offset: Int, fragment: String) {
        guard case .failure(let f) = Self.parse(text) else { Issue.record("accepted \(text)"); return }
        #expect(f.rule.id == "dsl.invalid-money")
        #expect(f.summary.contains(fragment), "\(f.summary)")
        #expect(f.start == offset, "\(text): \(f.summary)")
    }

    @Test func fixItsForMechanicalRepairs() {
        guard case .failure(let dollar) = Self.parse("$5M") else { Issue.record(); return }
        #expect(dollar.replacement?.text == "USD ")
        guard case .failure(let lower) = Self.parse("usd 5M") else { Issue.record(); return }
        #expect(lower.replacement?.text == "USD")
    }
}
