/// `nuestro país`, `our country`, `notre pays`, `我们的国家`, `our compatriots`: the first person of a
/// nation (its government or its people speaking), not of an organization. `our country office` and `notre pays d'intervention` name an
/// organization's unit or field and stay an organization's.
enum NationalFirstPerson {
    /// Nouns that name a nation.
    private static let nations = Keys.of(["country", "nation", "homeland", "pays", "nation", "patrie",
                                          "país", "nación", "patria",
                                          // A nation's people (`our compatriots`, `nos compatriotes`, `nuestros compatriotas`).
                                          "compatriots", "citizens", "fellow", "compatriotes", "concitoyens", "compatriotas", "conciudadanos"])
    /// Nouns after `country` that make it an organization's country unit (`our country office`,
    /// `notre pays d'intervention`, `nuestro país de operaciones`).
    private static let units = Keys.of(["office", "offices", "team", "teams", "programme", "programmes", "program", "programs",
                                        "operation", "operations", "director", "representative", "level",
                                        "intervention", "opération", "opérations", "operaciones", "intervención"])
    private static let chineseNations: Set<String> = ["国家", "祖国"]

    /// The first-person word at `u` is followed by a nation noun (Chinese: after `的` at most).
    static func isNational(_ u: Int, in s: SentenceContext) -> Bool {
        if s.language == "zh" {
            var q = u + 1
            if q < s.count, s.text(s.units[q].first, s.units[q].end) == "的" { q += 1 }
            // A word the lexicon does not know is a unit per character (`国`, `家`).
            guard q < s.count else { return false }
            let next = HanziFold.fold(s.text(s.units[q].first, s.units[min(q + 1, s.count - 1)].end))
            return chineseNations.contains { next.hasPrefix($0) }
        }
        guard s.isWord(u + 1, nations) else { return false }
        return !s.isWord(u + 2, units) && !(s.isWord(u + 2, Keys.de) && s.isWord(u + 3, units))
    }
}
