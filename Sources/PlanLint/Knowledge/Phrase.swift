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
        let (tokens, prose) = Tokenizer.tokens(text)
        return tokens.map { folded ? prose.folded($0) : prose.text($0) }
    }
}
