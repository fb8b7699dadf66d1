@testable import PlanLint
import Testing

/// `Phrase.lowercaseWordKey`, the lexicon's short cut for generated verb forms, keys a word as
/// the tokenizer and `Phrase.keys` do, and declines what it cannot key.
@Suite struct PhraseKeyTests {
    @Test(arguments: ["ayudamos", "pidiéndoles", "évaluées", "ñandú", "straße", "ÿ"])
    func lowerCaseLatinWordsKeyAsTheirOneToken(_ word: String) {
        let keys = Phrase.keys(of: word, folded: true)
        #expect(keys.count == 1)
        #expect(Phrase.lowercaseWordKey(word) == TokenHash.hash(keys[0]))
    }

    @Test(arguments: ["Ayudamos", "ÉVALUER", "co-lead", "l'enfance", "a b", "", "支持", "2026", "a÷b", "œuvre"])
    func otherTextIsLeftToTheTokenizer(_ text: String) {
        #expect(Phrase.lowercaseWordKey(text) == nil)
    }

    /// The short cut for words of Latin letters between single spaces gives the tokenizer's
    /// keys, for every agency name, capitalization and lexicon entry shipped, and for text on
    /// either side of its conditions.
    @Test func latinWordsKeyAsTheTokenizerKeysThem() {
        let knowledge = LintKnowledge.shipped
        var texts = ["World Food Programme", "Programa Mundial de Alimentos", "Haut Commissariat", "a  b", " a b", "a b ", "Save the Children",
                     "Organisation Internationale pour les Migrations", "Ñandú Él", "l'enfance d'abord", "UN Women", "a÷b c", "x\u{301} y"]
        for record in knowledge.agencies.agencies {
            for term in record.terms {
                texts += [term, AgencyNameCase.capitalized(term, keepingFunctionWords: false), AgencyNameCase.capitalized(term, keepingFunctionWords: true)]
            }
        }
        for language in knowledge.patterns.languages.values {
            for cls in language.classes.values { texts += cls.words ?? [] }
        }
        for text in texts {
            for folded in [false, true] {
                #expect(Phrase.keys(of: text, folded: folded) == Phrase.tokenizedKeys(of: text, folded: folded), "\(text)")
            }
        }
    }
}
