import PlanModel
import Testing

@Suite struct LiteralTests {
    @Test func moneyMatchesWithinHalfItsWrittenPrecision() {
        let headline = Money(amount: 49_250_000, precision: 10_000) // "USD 49.25 million"
        #expect(headline.matches(computed: 49_250_000))
        #expect(headline.matches(computed: 49_254_999))
        #expect(headline.matches(computed: 49_245_000))
        #expect(!headline.matches(computed: 49_255_001))
        #expect(!Money(amount: 3_450_000).matches(computed: 3_450_001))
    }

    @Test func moneyGroupsDigitsByThree() {
        #expect(Money.grouped(0) == "0")
        #expect(Money.grouped(999) == "999")
        #expect(Money.grouped(1_234_567) == "1,234,567")
        #expect(Money.grouped(-1_000) == "-1,000")
        #expect(Money.grouped(100_000) == "100,000")
        #expect(Money.grouped(Int64.min) == "-9,223,372,036,854,775,808")
        #expect(Money.grouped(Int64.max) == "9,223,372,036,854,775,807")
        #expect(Money(amount: 45_200_000).description == "USD 45,200,000")
    }

    @Test func periodsCountMonthsAndYears() {
        let year = Period(start: PlanDate(year: 2026, month: 1, day: 1), end: PlanDate(year: 2026, month: 12, day: 31))
        #expect(year.months == 12)
        #expect(year.years == [2026])
        let twoYears = Period(start: PlanDate(year: 2025, month: 7), end: PlanDate(year: 2026, month: 6))
        #expect(twoYears.months == 12)
        #expect(twoYears.years == [2025, 2026])
    }

    @Test func datesKnowMonthLengths() {
        #expect(PlanDate.daysIn(month: 2, year: 2024) == 29)
        #expect(PlanDate.daysIn(month: 2, year: 2100) == 28)
        #expect(PlanDate(year: 2026, month: 2).lastDay.day == 28)
        #expect(PlanDate(year: 2026, month: 1, day: 5).description == "2026-01-05")
    }

    @Test func percentKeepsWrittenDecimals() {
        #expect(Percent(56).description == "56%")
        #expect(Percent(12.5, precision: 0.1).description == "12.5%")
    }

    @Test func ageBracketsHaveHXLAttributes() {
        #expect(AgeBracket.standard.map(\.hxlAttribute) == ["+age0_4", "+age5_11", "+age12_17", "+age18_59", "+age60plus"])
        #expect(AgeBracket(lower: 60, upper: nil).description == "60+")
    }

    @Test func isoListIsComplete() {
        #expect(ISO3166.names.count == 249)
        #expect(ISO3166.isAssigned("TCD"))
        #expect(ISO3166.isAssigned("NOR"))
        #expect(!ISO3166.isAssigned("NO"))
        #expect(CountryCode("CMR").name == "Cameroon")
    }

    @Test func editDistanceSuggestsNearMisses() {
        #expect(EditDistance.between("requirment", "requirements") == 2)
        #expect(EditDistance.nearest(to: "requirment", in: ["requirements", "locations", "sector"]) == ["requirements"])
        #expect(EditDistance.nearest(to: "zzz", in: ["requirements"]).isEmpty)
    }
}
