@testable import PlanCompiler
import Testing

/// Figures read from prose the way each language writes them, so that a translation's figures
/// can be compared with its original's.
@Suite struct ProseFiguresTests {
    static func keys(_ text: String, _ language: String) -> [String] { ProseFigures.scan(text, language: language).map(\.key) }

    @Test func theSameFiguresWrittenThreeWaysAreTheSame() {
        let en = Self.keys("Chad hosts 720,000 refugees; 78% are women and children. Partners require USD 58.4 million for 2026.", "en")
        let fr = Self.keys("Le Tchad accueille 720 000 réfugiés ; 78 % sont des femmes et des enfants. Les partenaires ont besoin de 58,4 millions USD pour 2026.", "fr")
        let frNarrow = Self.keys("Le Tchad accueille 720\u{202F}000 réfugiés ; 78\u{A0}% sont des femmes et des enfants. Les partenaires ont besoin de 58,4 millions USD pour 2026.", "fr")
        let es = Self.keys("Chad acoge a 720.000 personas refugiadas; el 78 % son mujeres y niños. Los socios requieren 58,4 millones USD para 2026.", "es")
        #expect(en == ["72e4", "78e0%", "584e5", "2026e0"])
        #expect(fr == en)
        #expect(frNarrow == en)
        #expect(es == en)
    }

    @Test func separatorsFollowTheLanguage() {
        // 1,500 is fifteen hundred in English and one and a half in French.
        #expect(Self.keys("1,500 people", "en") == ["15e2"])
        #expect(Self.keys("1,500 personnes", "fr") == ["15e-1"])
        #expect(Self.keys("USD 1.2 billion", "en") == Self.keys("1,2 milliard USD", "fr"))
        // A list of years is two figures, not one grouped number.
        #expect(Self.keys("in 2026, 2027 and 2028", "en") == ["2026e0", "2027e0", "2028e0"])
    }

    @Test func codesAndWordsAreNotFigures() {
        #expect(Self.keys("Indicator CMR-PRT-01 under OA11 feeds the 4W, R4V and COVID-19 rounds.", "en").isEmpty)
        #expect(Self.keys("Phase 2 starts", "en") == ["2e0"])
        // An ordinal in digits is a soft figure: it may match `13 de noviembre`, never required.
        let ordinal = ProseFigures.scan("the 3rd round on November 13th", language: "en")
        #expect(ordinal.map(\.key) == ["3e0", "13e0"] && ordinal.allSatisfy(\.soft))
    }

    @Test func figuresInWordsPercentWordsAndScales() {
        #expect(Self.keys("almost four million people in 17 countries", "en") == Self.keys("casi cuatro millones de personas en 17 países", "es"))
        #expect(Self.keys("almost four million people", "en") == Self.keys("casi 4 millones de personas", "es"))
        #expect(Self.keys("some 40 per cent", "en") == Self.keys("quelque 40 %", "fr"))
        #expect(Self.keys("80 por ciento", "es") == ["8e1%"])
        #expect(Self.keys("un plan de mil 350 millones de dólares", "es") == Self.keys("a US$1.35 billion plan", "en"))
        #expect(Self.keys("1,4 mil millones", "es") == Self.keys("USD 1.4 billion", "en"))
        #expect(Self.keys("5 mil 500 personas", "es") == ["55e2"])
        #expect(Self.keys("1,35 billones", "es") == ["135e10"])
        #expect(Self.keys("USD3.1 billion and 50k people", "en") == ["31e8", "5e4"])
        // A number alone in words is soft; `un`, `a`, `one` alone are not figures at all.
        let soft = ProseFigures.scan("Depuis près de sept ans, un plan", language: "fr")
        #expect(soft.map(\.key) == ["7e0"] && soft[0].soft)
    }

    @Test func unambiguousDecimalMarksAndRanges() {
        // Spanish text from Colombia writes a decimal point; one or two digits after a separator
        // cannot be a group of thousands.
        #expect(Self.keys("4.6 millones", "es") == Self.keys("4,6 millones", "es"))
        #expect(Self.keys("58,4 million", "en") == ["584e5"])
        #expect(Self.keys("1.350 millones", "es") == ["135e7"])
        #expect(Self.keys("2019-2020", "en") == ["2019e0", "202e1"])
        #expect(Self.keys("the 2024-25 school year", "en") == Self.keys("l'année scolaire 2024-2025", "fr"))
    }

    @Test func addressesAndNumericDates() {
        // A translation may link to the page in its language: an address's digits are not figures.
        #expect(Self.keys("See [the plan](https://reliefweb.int/report/chad/2024-plan-123) and www.unhcr.org/fr/2023.", "en").isEmpty)
        // The day and month of a date in digits are soft: the other text may name the month.
        let date = ProseFigures.scan("Au 13/11/2019, 4 partenaires", language: "fr")
        #expect(date.map(\.key) == ["13e0", "11e0", "2019e0", "4e0"])
        #expect(date.map(\.soft) == [true, true, false, false])
        #expect(TranslatedFigures.compare(translation: "Au 13/11/2019", language: "fr", original: "As of 13 November 2019", originalLanguage: "en").isEmpty)
        #expect(!TranslatedFigures.compare(translation: "Au 14/11/2019", language: "fr", original: "As of 13 November 2019", originalLanguage: "en").isEmpty)
    }

    @Test func figuresAreLocatedAsWritten() {
        let text = "Près de 58,4 millions USD"
        let figure = ProseFigures.scan(text, language: "fr")[0]
        #expect(figure.written == "58,4 millions")
        #expect(figure.offset == "Près de ".utf8.count)
    }

    @Test func correctionsAreWrittenInTheTranslationsScaleAndLanguage() {
        func fix(_ translation: String, _ language: String, _ original: String) -> String? {
            guard case .differs(let stated, let expected) = TranslatedFigures.compare(translation: translation, language: language, original: original, originalLanguage: "en").first else { return nil }
            return FigureCorrection.digits(for: expected, in: stated, language: language)
        }
        #expect(fix("Le Tchad accueille 702 000 réfugiés.", "fr", "Chad hosts 720,000 refugees.") == "720\u{202F}000")
        #expect(fix("Los socios requieren 58 millones USD.", "es", "Partners require USD 58.4 million.") == "58,4")
        #expect(fix("un plan de 1.300 millones", "es", "a US$1.35 billion plan") == "1350")
        // The wrong scale word is corrected by hand: no digits make `1,2 milliard` 1.2 million.
        #expect(fix("1,2 milliard de réfugiés", "fr", "1.2 million refugees") == nil)
    }
}
