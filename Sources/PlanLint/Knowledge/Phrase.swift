/// A word or phrase of the lexicon: its token keys, its classes and its language.
struct Phrase: Sendable, Hashable {
    var keys: [String]
    /// ``Token/hash(_:)`` of each key.
    var hashes: [UInt64]
    var classes: WordClass
    /// `en`, `fr`, `es`, `zh`.
    var language: String
    /// Index of `language` in ``Lexicon/languages`` (compared in the hot loop).
    var languageIndex: Int

    init(keys: [String], classes: WordClass, language: String, languageIndex: Int) {
        self.keys = keys
        hashes = keys.map(Token.hash)
        self.classes = classes
        self.language = language
        self.languageIndex = languageIndex
    }

    /// Tokens of a phrase as the tokenizer splits prose, so data and text always agree.
    static func keys(of text: String, folded: Bool) -> [String] {
        Tokenizer(base: 0, exact: true).tokens(text, spaceBefore: false).map { folded ? $0.folded : $0.text }
    }
}
