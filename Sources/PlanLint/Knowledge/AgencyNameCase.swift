/// Capitalization variants of an agency's spelled-out name.
enum AgencyNameCase {
    /// Function words a title-cased name keeps in lower case (`Organisation Internationale pour
    /// les Migrations`).
    static let functionWords: Set<String> = ["of", "for", "the", "and", "to", "on", "in", "de", "des", "du", "la", "le", "les",
                                             "pour", "et", "aux", "au", "para", "los", "las", "el", "y", "del", "con"]

    /// `name` with the first letter of each space-separated word upper-cased (but for the
    /// function words when `keepingFunctionWords`); after an elision (`l'enfance`, `d'urgence`)
    /// the letter after the apostrophe.
    static func capitalized(_ name: String, keepingFunctionWords: Bool) -> String {
        name.split(separator: " ", omittingEmptySubsequences: false).map { word -> String in
            var head = Substring("")
            var rest = word
            if let apostrophe = word.firstIndex(where: { $0 == "'" || $0 == "\u{2019}" }), word.distance(from: word.startIndex, to: apostrophe) == 1 {
                head = word[...apostrophe]
                rest = word[word.index(after: apostrophe)...]
            }
            if keepingFunctionWords, functionWords.contains(rest.lowercased()) { return String(word) }
            guard let first = rest.first, first.isLowercase else { return String(word) }
            return String(head) + first.uppercased() + rest.dropFirst()
        }.joined(separator: " ")
    }
}
