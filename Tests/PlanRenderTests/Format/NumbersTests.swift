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
        #expect(PeriodText.text(period, language: "en") == "January 2026 – December 2027")
        #expect(PeriodText.text(period, language: "fr") == "janvier 2026 – décembre 2027")
    }

    /// Numbers writes digits with the pattern it read once from Foundation's formatter; it writes
    /// exactly what the formatter writes, in locales with other separators, group sizes
    /// (Hindi `12,34,567`), a minimum grouping (Spanish `1234`) and other digits (Egyptian Arabic).
    @Test(arguments: ["en", "fr", "es", "de-CH", "hi", "ar", "ar-EG", "pt", "zh"])
    func writesWhatFoundationsFormatterWrites(_ language: String) {
        let numbers = Numbers(labels: Labels(language: language, catalog: Self.catalog))
        let integer = IntegerFormatStyle<Int64>(locale: Locale(identifier: language))
        var values: [Int64] = [0, 7, 999, 1000, 1234, 9999, 10_000, 12_345, 100_000, 999_999, 1_000_000, 1_234_567_890_123, .max, .min + 1]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<300 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            values.append(Int64(bitPattern: state >> UInt64(state % 60)))
        }
        for value in values + values.map({ $0 == .min ? 0 : -$0 }) {
            #expect(numbers.grouped(value) == integer.format(value), "\(language) \(value)")
        }
        let percent = Decimal.FormatStyle.Percent(locale: Locale(identifier: language)).precision(.fractionLength(0))
        for whole: Int64 in [0, 1, 9, 42, 100, 1250] {
            #expect(numbers.percent(whole) == percent.format(Decimal(whole) / 100), "\(language) \(whole)%")
        }
        let tenths = Decimal.FormatStyle(locale: Locale(identifier: language)).precision(.fractionLength(1))
        for (amount, shown) in [(Int64(14_910_000), Decimal(149) / 10), (1_234_500_000, Decimal(12_345) / 10), (50_000, Decimal(1) / 10)] {
            #expect(numbers.millions(amount) == tenths.format(shown), "\(language) \(amount)")
        }
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
