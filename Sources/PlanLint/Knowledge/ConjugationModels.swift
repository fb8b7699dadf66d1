/// How the French and Spanish conjugators choose a model verb and apply its forms.
///
/// Models are keyed by an infinitive ending (`mettre`, `tener`); their forms are written with
/// `~` for the infinitive without that ending. Both steps work on UTF-8 bytes: the data files are
/// in NFC, so byte comparison is the comparison of the words, without `String`'s Unicode
/// machinery (it made building the lexicon cost about as much as linting a hundred chapters).
enum ConjugationModels {
    /// The longest key of `models` that `infinitive` ends with; a key of `wholeWord` counts only
    /// when it is the whole infinitive (`installer` is not conjugated like `aller`).
    static func longestEnding<Model>(of infinitive: String, in models: [String: Model], wholeWord: Set<String>) -> String? {
        var best: String?
        for key in models.keys where key.utf8.count > (best?.utf8.count ?? 0) && endsWith(infinitive, key) {
            if key.utf8.count == infinitive.utf8.count || !wholeWord.contains(key) { best = key }
        }
        return best
    }

    /// `template` with every `~` replaced by `prefix` (`~mettons` -> `permettons`).
    static func expand(_ template: String, prefix: String) -> String {
        guard template.utf8.contains(UInt8(ascii: "~")) else { return template }
        var out = ""
        for (i, part) in template.split(separator: "~", omittingEmptySubsequences: false).enumerated() {
            if i > 0 { out += prefix }
            out += part
        }
        return out
    }

    /// Whether the UTF-8 bytes of `word` end with those of `ending`.
    static func endsWith(_ word: String, _ ending: String) -> Bool {
        let w = word.utf8, e = ending.utf8
        return w.count >= e.count && w.suffix(e.count).elementsEqual(e)
    }
}
