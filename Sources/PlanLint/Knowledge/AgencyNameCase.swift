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
        name.split(separator: " ", omittingEmptySubsequences: false).map { word -> String in
            var head = Substring("")
            var rest = word
            if let apostrophe = word.firstIndex(where: { $0 == "'" || $0 == "\u{2019}" }), word.distance(from: word.startIndex, to: apostrophe) == 1 {
                head = word[...apostrophe]
                rest = word[word.index(after: apostrophe)...]
            }
            guard let byte = rest.utf8.first else { return String(word) }
            if byte < 0x80 {
                // ASCII: only a lower-case letter changes, and a function word's letters are ASCII.
                guard byte >= 0x61, byte <= 0x7A else { return String(word) }
                if keepingFunctionWords {
                    let key = rest.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) ? rest.lowercased() : String(rest)
                    if functionWords.contains(key) { return String(word) }
                }
                return String(head) + String(UnicodeScalar(byte - 0x20)) + rest.dropFirst()
            }
            if keepingFunctionWords, functionWords.contains(rest.lowercased()) { return String(word) }
            guard let first = rest.first, first.isLowercase else { return String(word) }
            return String(head) + first.uppercased() + rest.dropFirst()
        }.joined(separator: " ")
    }
}
