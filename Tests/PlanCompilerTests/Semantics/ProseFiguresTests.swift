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
        #expect(Self.keys("Indicator CMR-PRT-01 under OA11 feeds the 4W and the 3rd round.", "en").isEmpty)
        #expect(Self.keys("Phase 2 starts", "en") == ["2e0"])
    }

    @Test func figuresAreLocatedAsWritten() {
        let text = "Près de 58,4 millions USD"
        let figure = ProseFigures.scan(text, language: "fr")[0]
        #expect(figure.written == "58,4 millions")
        #expect(figure.offset == "Près de ".utf8.count)
    }
}
