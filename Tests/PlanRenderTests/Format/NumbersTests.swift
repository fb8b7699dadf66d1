import Foundation
import PlanModel
import PlanRender
import Testing

@Suite struct NumbersTests {
    static let catalog = RenderFixture.templates.labels
    static let en = Numbers(labels: Labels(language: "en", catalog: catalog))
    static let fr = Numbers(labels: Labels(language: "fr", catalog: catalog))
    static let es = Numbers(labels: Labels(language: "es", catalog: catalog))
    /// CLDR's French group separator: a narrow no-break space.
    static let nnbsp = "\u{202F}"

    @Test func tablesUseFullAmountsInTheLocalesPattern() {
        #expect(Self.en.usd(1_234_567) == "USD\u{A0}1,234,567")
        #expect(Self.en.grouped(-45_200_000) == "-45,200,000")
        #expect(Self.fr.grouped(720_000) == "720\(Self.nnbsp)000")
        #expect(Self.fr.usd(1_234_567) == "1\(Self.nnbsp)234\(Self.nnbsp)567\u{A0}USD")
        #expect(Self.es.grouped(720_000) == "720.000")
    }

    @Test func summariesRoundToOneDecimalHalfUp() {
        #expect(Self.en.usdSummary(49_250_000) == "USD\u{A0}49.3 million")
        #expect(Self.en.usdSummary(1_000_000) == "USD\u{A0}1 million")
        #expect(Self.en.usdSummary(1_240_000_000) == "USD\u{A0}1.2 billion")
        #expect(Self.en.usdSummary(950_000) == "USD\u{A0}950,000")
    }

    @Test func summariesFollowTheLanguage() {
        #expect(Self.fr.usdSummary(58_400_000) == "58,4 millions\u{A0}USD")
        #expect(Self.fr.usdSummary(1_200_000) == "1,2 million\u{A0}USD")
        #expect(Self.es.usdSummary(45_200_000) == "45,2 millones\u{A0}USD")
        #expect(Self.es.usdSummary(1_000_000) == "1 millón\u{A0}USD")
        #expect(Self.es.usdSummary(2_500_000_000) == "2,5 mil millones\u{A0}USD")
    }

    @Test func compactTablesUseMillionsWithOneDecimal() {
        #expect(Self.en.millions(14_910_000) == "14.9")
        #expect(Self.en.millions(23_000_000) == "23.0")
        #expect(Self.en.millions(49_999) == "0.0")
        #expect(Self.fr.millions(14_910_000) == "14,9")
    }

    @Test func sharesAreWholePercentsInTheLocalesPattern() {
        #expect(Self.en.percent(1, of: 3) == "33%")
        #expect(Self.en.percent(1, of: 1000) == "<1%")
        #expect(Self.en.percent(0, of: 0) == "0%")
        #expect(Self.fr.percent(78, of: 100) == "78\u{A0}%")
        #expect(Self.fr.percent(1, of: 1000) == "<1\u{A0}%")
    }

    @Test func periodsUseTheLocalesMonthNames() {
        let period = Period(start: PlanDate(year: 2026, month: 1, day: 1), end: PlanDate(year: 2027, month: 12, day: 31))
        #expect(PeriodText.text(period, locale: Locale(identifier: "en")) == "January 2026 – December 2027")
        #expect(PeriodText.text(period, locale: Locale(identifier: "fr")) == "janvier 2026 – décembre 2027")
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
