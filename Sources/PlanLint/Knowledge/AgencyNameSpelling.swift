/// Other spellings of a built-in agency name, as writers use them: British and American forms
/// (`International Organisation for Migration`, `World Health Organisation`), the office named for
/// its head or the reverse (`United Nations High Commission for Refugees`), the United Nations
/// abbreviated or spelled out (`UN Children's Fund`), and an article dropped (`Alto Comisionado de
/// Naciones Unidas`). The pairs are data (`agencies.json`, `spellings`); each is a sequence of
/// whole words, replaced where it stands in a name as a sequence of whole words.
enum AgencyNameSpelling {
    /// The names obtained from `name` by replacing one pair's first form by its second, for each
    /// pair whose first form `name` holds (one replacement at a time, then the replacements of
    /// two pairs together), in the order of `spellings`; `name` itself is not among them.
    static func variants(of name: String, spellings: [[String]]) -> [String] {
        var out: [String] = []
        var seen: Set<String> = [name]
        var frontier = [name]
        for _ in 0..<2 {
            var next: [String] = []
            for text in frontier {
                for pair in spellings where pair.count == 2 {
                    guard let replaced = replacingWords(pair[0], with: pair[1], in: text), seen.insert(replaced).inserted else { continue }
                    out.append(replaced)
                    next.append(replaced)
                }
            }
            frontier = next
        }
        return out
    }

    /// `text` with the first whole-word occurrence of `words` replaced by `replacement`, or nil.
    static func replacingWords(_ words: String, with replacement: String, in text: String) -> String? {
        let padded = " " + text + " "
        guard let range = padded.range(of: " " + words + " ") else { return nil }
        let result = padded.replacingCharacters(in: range, with: replacement.isEmpty ? " " : " " + replacement + " ")
        return String(result.dropFirst().dropLast())
    }
}
