@testable import PlanLint
import Testing

/// Words are cut where a reader cuts them, whichever path the tokenizer takes: the common word
/// (ASCII letters ended by a space or a mark) is emitted on the spot, every other word is read
/// by the general scan; both give the same tokens and keys.
struct TokenizerTests {
    /// The tokens of `text` as (kind, text) pairs.
    static func tokens(_ text: String) -> [(Token.Kind, String)] {
        let (tokens, prose) = Tokenizer.tokens(text)
        return tokens.map { ($0.kind, String(decoding: prose.bytes[Int($0.lo)..<Int($0.hi)], as: UTF8.self)) }
    }

    @Test(arguments: [
        ("Refugees, hosts.", [(Token.Kind.word, "Refugees"), (.punctuation, ","), (.word, "hosts"), (.punctuation, ".")]),
        ("co-lead;", [(.word, "co-lead"), (.punctuation, ";")]),
        ("UNHCR's team", [(.word, "UNHCR"), (.possessive, "'s"), (.word, "team")]),
        ("l'enfance", [(.word, "l'"), (.word, "enfance")]),
        ("COVID19 and 1,200", [(.word, "COVID19"), (.word, "and"), (.number, "1,200")]),
        ("réfugiés: abris", [(.word, "réfugiés"), (.punctuation, ":"), (.word, "abris")]),
        ("Acnur’s", [(.word, "Acnur"), (.possessive, "’s")]),
        ("end", [(.word, "end")]),
        ("a-", [(.word, "a"), (.punctuation, "-")]),
    ])
    func wordsEndWhereAReaderEndsThem(_ text: String, _ expected: [(Token.Kind, String)]) {
        let got = Self.tokens(text)
        #expect(got.map(\.0) == expected.map(\.0), "\(text)")
        #expect(got.map(\.1) == expected.map(\.1), "\(text)")
    }

    /// A full stop between two Chinese characters with no space (`吕克.朝文`) is a transliterated
    /// name's dot, no sentence end; after a space, a Latin word or at the end it ends the sentence.
    @Test func aDotInsideAChineseNameEndsNoSentence() {
        let (name, _) = Tokenizer.tokens("副代表吕克.朝文说")
        #expect(name.filter { $0.kind == .punctuation }.map(\.isSentenceEnd) == [false])
        let (latin, _) = Tokenizer.tokens("难民署 UNHCR.朝文")
        #expect(latin.filter { $0.kind == .punctuation }.map(\.isSentenceEnd) == [true])
        let (end, _) = Tokenizer.tokens("难民署在乍得.")
        #expect(end.filter { $0.kind == .punctuation }.map(\.isSentenceEnd) == [true])
    }

    @Test func aWordsKeysAreThoseOfItsTextWhicheverWayItWasRead() {
        // Plain words (read on the spot) and words with an accent, a digit or a hyphen (read by
        // the general scan) are keyed on their text and its lower-cased form.
        let (tokens, prose) = Tokenizer.tokens("Partners Will co-Lead Réfugiés B2B, UNHCR.")
        for token in tokens where token.kind == .word {
            let bytes = Array(prose.bytes[Int(token.lo)..<Int(token.hi)])
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(token.exactKey == TokenHash.hash(text), "\(text)")
            #expect(token.key == TokenHash.hash(TokenHash.fold(text)), "\(text)")
            #expect(token.spaceBefore == (token.lo > 0), "\(text)")
        }
    }

    @Test func theLatinShortCutClassifiesAsTheUnicodePropertiesDo() {
        // Accented letters skip the property look-up; every scalar of the Latin-1 supplement and
        // Latin Extended-A and -B must get the class the properties give (`×` and `÷` are marks).
        for value in UInt32(0x80)...0x2FF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let expected: Tokenizer.Class = scalar.properties.isWhitespace ? .space : Tokenizer.isWordChar(scalar) ? .word : .other
            #expect(Tokenizer.classify(scalar) == expected, "U+\(String(value, radix: 16, uppercase: true))")
        }
        #expect(Tokenizer.classify("×") == .other)
        #expect(Tokenizer.classify("é") == .word)
    }

    @Test func aPlainWordHandsOverToTheGeneralScanAtEveryJoiningByte() {
        // The common word stops at a digit, `-` or `'` (one mask test) and the general scan
        // reads the whole word; any other ASCII byte ends it.
        #expect(Self.tokens("abc1 x").map(\.1) == ["abc1", "x"])
        #expect(Self.tokens("ab-cd").map(\.1) == ["ab-cd"])
        #expect(Self.tokens("qu'il").map(\.1) == ["qu'", "il"])
        #expect(Self.tokens("ab/cd").map(\.1) == ["ab", "/", "cd"])
        #expect(Self.tokens("ab(cd").map(\.1) == ["ab", "(", "cd"])
    }
}
