@testable import PlanCompiler
import Testing

/// Heading words compare by stem: singular and plural, masculine and feminine forms of a word
/// in English, French and Spanish share one.
@Suite struct HeadingNormalizerTests {
    @Test(arguments: [
        ("priorities", "prioriti"), ("priority", "prioriti"),
        ("necesidades", "necesidad"), ("necesidad", "necesidad"),
        ("analyses", "analys"), ("analysis", "analys"),
        ("sectorielles", "sectoriel"), ("sectoriel", "sectoriel"),
        ("class", "class"), ("status", "status"), ("gas", "gas"), ("is", "is"),
        // Lengths count characters, not bytes; a final non-ASCII letter is no ending.
        ("réfugiés", "réfugié"), ("éé", "éé"), ("需求", "需求"), ("", ""),
    ])
    func stems(word: String, stem: String) {
        #expect(HeadingNormalizer.stem(word) == stem)
    }

    @Test func wordsOfAHeadingAreFoldedAndStemmed() {
        let words = HeadingNormalizer.words("2.1 Análisis de las Necesidades")
        #expect(words.map(\.folded) == ["2", "1", "analisis", "de", "las", "necesidades"])
        #expect(words.map(\.stem) == ["2", "1", "analis", "de", "las", "necesidad"])
    }
}
