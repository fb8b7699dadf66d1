import PlanModel
import Testing

/// Arithmetic on figures never traps, whatever the values (a plan built in Swift is not bounded
/// by the parser), and percentages always print digits.
@Suite struct FigureArithmeticTests {
    /// `Money.matches` doubled the difference: USD 9,000,000,000,000,000,000 against 0 trapped.
    @Test func moneyMatchesAnyTwoAmounts() {
        #expect(!Money(amount: 9_000_000_000_000_000_000).matches(computed: 0))
        #expect(!Money(amount: Int64.max).matches(computed: Int64.min))
        #expect(!Money(amount: Int64.min, precision: Int64.max).matches(computed: Int64.max))
        #expect(Money(amount: Int64.max, precision: Int64.max).matches(computed: Int64.max / 2 + 1))
        #expect(Money(amount: Int64.max, precision: 2).matches(computed: Int64.max - 1))
        #expect(!Money(amount: Int64.max, precision: 1).matches(computed: Int64.max - 1))
    }

    @Test func sumsClampInsteadOfTrapping() {
        #expect(Int64.max.addingClamped(1) == Int64.max)
        #expect(Int64.min.addingClamped(-1) == Int64.min)
        #expect(Int64(5).addingClamped(-7) == -2)
        #expect(Int64.min.subtractingClamped(1) == Int64.min)
        #expect(Int64.max.subtractingClamped(-1) == Int64.max)
        #expect(Int64.max.multipliedClamped(by: -2) == Int64.min)
        #expect([Int64.max, Int64.max, -5].clampedSum { $0 } == Int64.max - 5)
        #expect([1, 2, 3].clampedSum { $0 } == 6)
    }

    @Test func doublesConvertClampedAndNaNIsZero() {
        #expect(Int64(roundingClamped: .infinity) == Int64.max)
        #expect(Int64(roundingClamped: -.infinity) == Int64.min)
        #expect(Int64(roundingClamped: .nan) == 0)
        #expect(Int64(roundingClamped: 9.3e18) == Int64.max)
        #expect(Int64(roundingClamped: 2.5) == 3)
        #expect(Int(roundingClamped: -2.5) == -3)
    }

    /// `99999999999999999999%` and 20 decimals trapped (a double converted to 64 bits out of
    /// range); a precision of 0 (330 decimals) spun forever.
    @Test(arguments: [
        (Percent(1e20, precision: 1), "1e+20%"),
        (Percent(1.5, precision: 1e-20), "1.500000000000000%"),
        (Percent(46, precision: 0), "46%"),
        (Percent(.infinity, precision: 1), "0%"),
        (Percent(.nan, precision: 0.1), "0%"),
        (Percent(12.5, precision: 0.1), "12.5%"),
        (Percent(-0.25, precision: 0.01), "-0.25%"),
        (Percent(7, precision: 0.001), "7.000%"),
    ])
    func percentagesAlwaysPrintDigits(percent: Percent, text: String) {
        #expect(percent.description == text)
    }

    /// A number that is not finite has no digits: outputs write nothing (CSV) or null (JSON).
    @Test func indicatorNumbersNeverPrintInfinity() {
        #expect(IndicatorValue.plainDigits(.infinity) == nil)
        #expect(IndicatorValue.plainDigits(.nan) == nil)
        #expect(IndicatorValue.plainDigits(1500) == "1500")
        #expect(IndicatorValue.plainDigits(3.5) == "3.5")
        #expect(IndicatorValue.number(.infinity).description == "–")
    }
}
