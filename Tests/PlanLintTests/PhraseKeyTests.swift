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
}
