import Foundation
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

    @Test func wordsReadOnBytesAreThoseReadScalarByScalar() {
        // Words of two, three and four bytes, accents written as combining marks, spaces outside
        // ASCII, dashes between words, at the start and the end, and punctuation of every kind.
        let headings = [
            "2.1 Análisis de las Necesidades", "Tchad : aperçu de la situation", "Réponse – Protection (suite)",
            "Key needs - and gaps", "-leading dash", "trailing dash -", "word-joined words", "a -b", "a- b",
            "Cafe\u{301} e\u{301}te\u{301}", "need\u{00A0}- analysis", "gaps\u{2003}-\u{2003}needs", "需求 分析", "Sección 3 — 😀 emoji 𝔘nicode",
            "SO1/SO2; Ü & Ö + Ä [x] | y · z • w", "ÉDUCATION ET PROTECTION", "", "   ", "--", "\tTabbed\theading\n",
        ]
        for heading in headings {
            let words = HeadingNormalizer.words(heading)
            let expected = Self.wordsByScalars(heading)
            #expect(words.map(\.folded) == expected.map(\.folded), "\(heading)")
            #expect(words.map(\.stem) == expected.map { HeadingNormalizer.stem($0.folded) }, "\(heading)")
            #expect(words.map(\.range) == expected.map(\.range), "\(heading)")
            #expect(words.map(\.stretch) == expected.map(\.stretch), "\(heading)")
        }
    }

    /// The words as the first version read them: scalar by scalar, each word's scalars gathered
    /// into a string, folded with `lowercased()` or Foundation's folding.
    private static func wordsByScalars(_ text: String) -> [(folded: String, range: Range<Int>, stretch: Int)] {
        var out: [(folded: String, range: Range<Int>, stretch: Int)] = []
        var stretch = 0
        var start = -1
        var offset = 0
        var previousWasSpace = true
        let scalars = Array(text.unicodeScalars)
        var word = String.UnicodeScalarView()
        func finish(at end: Int) {
            guard start >= 0 else { return }
            out.append((HeadingNormalizer.fold(String(word)), start..<end, stretch))
            word = String.UnicodeScalarView()
            start = -1
        }
        for (i, scalar) in scalars.enumerated() {
            if CharacterSet.alphanumerics.contains(scalar) {
                if start < 0 { start = offset }
                word.append(scalar)
                previousWasSpace = false
            } else {
                finish(at: offset)
                let next = i + 1 < scalars.count ? scalars[i + 1].properties.isWhitespace : true
                if ",;:/|&+()[]\u{2013}\u{2014}\u{2022}\u{00B7}".unicodeScalars.contains(scalar) || (scalar == "-" && (previousWasSpace || next)) {
                    stretch += 1
                }
                previousWasSpace = scalar.properties.isWhitespace
            }
            offset += UTF8.width(scalar)
        }
        finish(at: offset)
        return out
    }
}
