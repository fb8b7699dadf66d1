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
        var bestCount = 0
        let count = infinitive.utf8.count
        for key in models.keys {
            let keyCount = key.utf8.count
            guard keyCount > bestCount, endsWith(infinitive, key) else { continue }
            if keyCount == count || !wholeWord.contains(key) {
                best = key
                bestCount = keyCount
            }
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
        guard w.count >= e.count else { return false }
        // Compared byte by byte from the end, in the strings' own storage when they have it
        // (native strings do; the generic suffix comparison cost a few hundred instructions).
        if let equal = w.withContiguousStorageIfAvailable({ wb in
            e.withContiguousStorageIfAvailable { eb in
                var i = wb.count - 1, j = eb.count - 1
                while j >= 0 {
                    if wb[i] != eb[j] { return false }
                    i -= 1
                    j -= 1
                }
                return true
            }
        }), let equal { return equal }
        return w.suffix(e.count).elementsEqual(e)
    }
}
