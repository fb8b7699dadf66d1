/// Capitalization variants of an agency's spelled-out name.
enum AgencyNameCase {
    /// Function words a title-cased name keeps in lower case (`Organisation Internationale pour
    /// les Migrations`).
    static let functionWords: Set<String> = ["of", "for", "the", "and", "to", "on", "in", "de", "des", "du", "la", "le", "les",
                                             "pour", "et", "aux", "au", "para", "los", "las", "el", "y", "del", "con"]

    /// `name` with the first letter of each space-separated word upper-cased (but for the
    /// function words when `keepingFunctionWords`); after an elision (`l'enfance`, `d'urgence`)
    /// the letter after the apostrophe.
    ///
    /// A word that starts with an ASCII letter is cased by its bytes (most words of most names);
    /// only a word that starts with another letter goes through `Character` (`énergie`).
    static func capitalized(_ name: String, keepingFunctionWords: Bool) -> String {
        // Cut at the space bytes unless a space could be part of a larger character.
        let words = name.spacesStandAlone ? name.wordsAtSpaces : name.split(separator: " ", omittingEmptySubsequences: false)
        var out = ""
        out.reserveCapacity(name.utf8.count)
        for (i, word) in words.enumerated() {
            if i > 0 { out += " " }
            if let cased = cased(word, keepingFunctionWords: keepingFunctionWords) { out += cased } else { out += word }
        }
        return out
    }

    /// `word` with its first letter upper-cased (see ``capitalized(_:keepingFunctionWords:)``);
    /// `nil` when it stays as it is.
    private static func cased(_ word: Substring, keepingFunctionWords: Bool) -> String? {
        var head = Substring("")
        var rest = word
        if let apostrophe = elision(in: word) {
            head = word[...apostrophe]
            rest = word[word.index(after: apostrophe)...]
        }
        guard let byte = rest.utf8.first else { return nil }
        if byte < 0x80 {
            // ASCII: only a lower-case letter changes, and a function word's letters are ASCII.
            guard byte >= 0x61, byte <= 0x7A else { return nil }
            if keepingFunctionWords {
                let key = rest.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) ? rest.lowercased() : String(rest)
                if functionWords.contains(key) { return nil }
            }
            return String(head) + String(UnicodeScalar(byte - 0x20)) + rest.dropFirst()
        }
        if keepingFunctionWords, functionWords.contains(rest.lowercased()) { return nil }
        guard let first = rest.first, first.isLowercase else { return nil }
        return String(head) + first.uppercased() + rest.dropFirst()
    }

    /// The apostrophe of an elision (`l'`, `d’`): the word's second character. Its bytes are read
    /// when the first character is ASCII; otherwise its characters.
    private static func elision(in word: Substring) -> Substring.Index? {
        let utf8 = word.utf8
        guard let first = utf8.first else { return nil }
        if first < 0x80 {
            let second = utf8.index(after: utf8.startIndex)
            guard second < utf8.endIndex else { return nil }
            if utf8[second] == 0x27 { return second }
            guard utf8[second] == 0xE2 else { return nil }
            let third = utf8.index(after: second)
            guard third < utf8.endIndex, utf8[third] == 0x80 else { return nil }
            let fourth = utf8.index(after: third)
            return fourth < utf8.endIndex && utf8[fourth] == 0x99 ? second : nil
        }
        guard let apostrophe = word.firstIndex(where: { $0 == "'" || $0 == "\u{2019}" }), word.distance(from: word.startIndex, to: apostrophe) == 1 else { return nil }
        return apostrophe
    }
}
