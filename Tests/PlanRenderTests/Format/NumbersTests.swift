import PlanRender
import Testing

@Suite struct NumbersTests {
    static let catalog = RenderFixture.templates.labels

    @Test func tablesUseFullAmounts() {
        #expect(Numbers.usd(1_234_567) == "USD 1,234,567")
        #expect(Numbers.usd(0) == "USD 0")
        #expect(Numbers.grouped(-45_200_000) == "-45,200,000")
    }

    @Test func summariesRoundToOneDecimalHalfUp() {
        let en = Labels(language: "en", catalog: Self.catalog)
        #expect(Numbers.usdSummary(49_250_000, labels: en) == "USD 49.3 million")
        #expect(Numbers.usdSummary(1_000_000, labels: en) == "USD 1 million")
        #expect(Numbers.usdSummary(1_240_000_000, labels: en) == "USD 1.2 billion")
        #expect(Numbers.usdSummary(950_000, labels: en) == "USD 950,000")
    }

    @Test func summaryWordsFollowTheLanguageButDigitsDoNot() {
        let fr = Labels(language: "fr", catalog: Self.catalog)
        let es = Labels(language: "es", catalog: Self.catalog)
        #expect(Numbers.usdSummary(1_200_000, labels: fr) == "USD 1.2 million")
        #expect(Numbers.usdSummary(45_200_000, labels: fr) == "USD 45.2 millions")
        #expect(Numbers.usdSummary(45_200_000, labels: es) == "USD 45.2 millones")
        #expect(Numbers.usdSummary(2_500_000_000, labels: es) == "USD 2.5 mil millones")
    }

    @Test func compactTablesUseMillionsWithOneDecimal() {
        #expect(Numbers.millions(14_910_000) == "14.9")
        #expect(Numbers.millions(23_000_000) == "23.0")
        #expect(Numbers.millions(49_999) == "0.0")
    }

    @Test func sharesAreWholePercents() {
        #expect(Numbers.percent(1, of: 3) == "33%")
        #expect(Numbers.percent(1, of: 1000) == "<1%")
        #expect(Numbers.percent(0, of: 0) == "0%")
    }

    @Test func missingLabelsFallBackToEnglishThenToTheKey() {
        let xx = Labels(language: "xx", catalog: Self.catalog)
        #expect(xx["total"] == "Total")
        #expect(xx["no.such.key"] == "no.such.key")
    }

    @Test func everyLanguageHasEveryKey() {
        let english = Set(Self.catalog.languages["en"]!.keys)
        for language in ["fr", "es"] {
            #expect(Set(Self.catalog.languages[language]!.keys) == english, "\(language) labels differ from en")
        }
        #expect(Self.catalog.version == 1)
    }
}
