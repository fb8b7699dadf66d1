/// A word or phrase of the lexicon: its token keys, its classes and its language.
struct Phrase: Sendable, Hashable {
    var keys: [String]
    /// ``TokenHash/hash(_:)-(String)`` of each key.
    var hashes: [UInt64]
    var classes: WordClass
    /// `en`, `fr`, `es`, `zh`.
    var language: String
    /// Index of `language` in ``Lexicon/languages`` (compared in the hot loop).
    var languageIndex: Int

    init(keys: [String], classes: WordClass, language: String, languageIndex: Int) {
        self.keys = keys
        hashes = keys.map(TokenHash.hash)
        self.classes = classes
        self.language = language
        self.languageIndex = languageIndex
    }

    /// Tokens of a phrase as the tokenizer splits prose, so data and text always agree.
    static func keys(of text: String, folded: Bool) -> [String] {
        // Letters of the Latin script alone are one word token (most of the generated verb
        // forms): no need to run the tokenizer.
        if !text.isEmpty, text.unicodeScalars.allSatisfy(isLatinLetter) { return [folded ? TokenHash.fold(text) : text] }
        let (tokens, prose) = Tokenizer.tokens(text)
        return tokens.map { folded ? prose.folded($0) : prose.text($0) }
    }

    /// An ASCII letter or a letter of Latin-1 Supplement and Latin Extended-A/B (`é`, `ñ`, `ç`).
    private static func isLatinLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v | 0x20) &- 0x61 < 26 }
        return v >= 0xC0 && v <= 0x24F && v != 0xD7 && v != 0xF7
    }
}
