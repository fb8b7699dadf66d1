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
        // forms), and such words between single spaces one token each (most agency names and
        // their capitalizations): no need to run the tokenizer.
        if let words = latinWords(text) {
            return words.count == 1 ? [folded ? TokenHash.fold(text) : text] : words.map { folded ? TokenHash.fold(String($0)) : String($0) }
        }
        return tokenizedKeys(of: text, folded: folded)
    }

    /// ``keys(of:folded:)`` as the tokenizer gives them, for any text.
    static func tokenizedKeys(of text: String, folded: Bool) -> [String] {
        let (tokens, prose) = Tokenizer.tokens(text)
        return tokens.map { folded ? prose.folded($0) : prose.text($0) }
    }

    /// The words of `text` when it is words of Latin letters separated by single spaces (no
    /// space first or last); `nil` otherwise.
    private static func latinWords(_ text: String) -> [Substring]? {
        guard !text.isEmpty else { return nil }
        var previousIsSpace = true
        var spaces = 0
        for scalar in text.unicodeScalars {
            if scalar == " " {
                guard !previousIsSpace else { return nil }
                previousIsSpace = true
                spaces += 1
            } else {
                guard isLatinLetter(scalar) else { return nil }
                previousIsSpace = false
            }
        }
        guard !previousIsSpace else { return nil }
        return spaces == 0 ? [text[...]] : text.wordsAtSpaces
    }

    /// The ``TokenHash`` of `text` as the one folded word token it is when it is made of
    /// lower-case letters of ASCII and Latin-1 (`aéñ`, almost every generated verb form): the
    /// same key as ``keys(of:folded:)`` gives it, without making strings. `nil` for any other
    /// text.
    static func lowercaseWordKey(_ text: String) -> UInt64? {
        var text = text
        return text.withUTF8 { bytes -> UInt64? in
            guard !bytes.isEmpty else { return nil }
            var i = 0
            while i < bytes.count {
                let byte = bytes[i]
                if byte &- 0x61 < 26 {
                    i += 1
                } else if byte == 0xC3, i + 1 < bytes.count, bytes[i + 1] >= 0x9F, bytes[i + 1] <= 0xBF, bytes[i + 1] != 0xB7 {
                    // U+00DF-U+00FF but the division sign: lower-case Latin-1 letters.
                    i += 2
                } else {
                    return nil
                }
            }
            return TokenHash.hash(bytes)
        }
    }

    /// An ASCII letter or a letter of Latin-1 Supplement and Latin Extended-A/B (`é`, `ñ`, `ç`).
    private static func isLatinLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v | 0x20) &- 0x61 < 26 }
        return v >= 0xC0 && v <= 0x24F && v != 0xD7 && v != 0xF7
    }
}
