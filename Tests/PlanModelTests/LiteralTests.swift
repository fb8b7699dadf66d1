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
        #expect(EditDistance.between("ab", "ba") == 1 && EditDistance.between("", "abc") == 3 && EditDistance.between("kitten", "sitting") == 3)
        #expect(EditDistance.between("kitten", "sitting", limit: 1) == 2)
    }

    @Test func aLimitedDistanceFillsOnlyTheBandAndGivesTheSameAnswers() {
        // Within the limit the distance is exact; beyond it, limit + 1: the same as the whole
        // table (no limit), for words near and far, of equal and unequal lengths, swaps included.
        let words = ["", "a", "ab", "ba", "abc", "kitten", "sitting", "Unlisted Organisation 415", "Unlisted Organisation 12",
                     "Norwegian Refugee Council", "Norwegain Refugee Counsil", "NRC", "Danish Refugee Council", "abcdefghij", "badcfehgji"]
        for a in words {
            for b in words {
                let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
                let whole = EditDistance.between(x, y)
                for limit in [0, 1, 2, 3, 5, 8, 30] {
                    #expect(EditDistance.between(x, y, limit: limit) == min(whole, limit + 1), "\(a) \(b) \(limit)")
                }
            }
        }
        #expect(EditDistance.between("abcdefghij", "badcfehgji") == 5)
    }

    @Test func preparedCandidatesSkipOnlyWhatIsTooFar() {
        // The candidates skipped by their lengths or letter counts are exactly those too far: the same
        // answers as measuring every one, ties in order, for words near and far, swaps included.
        let names = ["Norwegian Refugee Council", "NRC", "Danish Refugee Council", "UNHCR", "UNICEF", "World Food Programme",
                     "Médecins Sans Frontières", "International Rescue Committee", "IRC", "Unlisted Organisation 12", "Oxfam", "Oxfam Intermón"]
        let prepared = EditDistance.Candidates(names)
        let words = ["Norwegain Refugee Council", "UNCHR", "unicef", "World Food Program", "Medecins Sans Frontieres", "Unlisted Organisation 415",
                     "Oxfam Intermon", "IRC", "Danish Refugee Counsil", "zzz", "", "Internatonal Rescue Comittee"]
        for word in words {
            for bound in [nil, 1, 3, 8] as [Int?] {
                let target = Array(word.lowercased().unicodeScalars)
                let b = bound ?? max(2, target.count / 3)
                let expected = names.enumerated()
                    .map { (offset: $0.offset, distance: EditDistance.between(target, Array($0.element.lowercased().unicodeScalars), limit: b)) }
                    .filter { $0.distance <= b }
                    .sorted { ($0.distance, $0.offset) < ($1.distance, $1.offset) }
                    .map { names[$0.offset] }
                #expect(EditDistance.nearest(to: word, in: prepared, bound: bound, limit: names.count) == expected, "\(word) \(String(describing: bound))")
            }
        }
        #expect(EditDistance.nearest(to: "Norwegain Refugee Council", in: prepared) == ["Norwegian Refugee Council"])
    }
}
