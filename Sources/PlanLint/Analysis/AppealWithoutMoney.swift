/// An appeal that names no money asks for something other than funds (`UNHCR appeals for the
/// protection of civilians`, `ACNUR hace un llamamiento para defender la protección`): the agency's
/// own voice, not its budget. An appeal with money (`appeals for US$10 million`, `hace un
/// llamamiento de 20 millones de dólares`) or to donors stays funding.
enum AppealWithoutMoney {
    /// Forms of the English verb `appeal`.
    private static let appealVerbs = Keys.of(EnglishInflection.forms(of: "appeal"))
    /// `llamamiento`, the noun that ends the Spanish verb phrase `hace un llamamiento`.
    private static let appealNouns = Keys.of(["llamamiento"])
    /// French `qui`, which opens a relative clause about the addressee (`aux États qui accueillent`).
    private static let relativeWho = Keys.of(["qui"])
    /// Those an appeal for funds is addressed to.
    private static let donors = Keys.of(["donor", "donors", "donante", "donantes", "donateur", "donateurs", "bailleurs"])

    /// Whether the funding verb at `v` is an appeal, in a sentence that names neither money nor donors.
    static func advocates(_ v: Int, in s: SentenceContext) -> Bool {
        // The verb may be a phrase of the lexicon (`appeals for`, `hace un llamamiento`).
        let unit = s.units[v]
        guard appealVerbs.contains(s.tokens[unit.first].key) || appealNouns.contains(s.tokens[unit.end - 1].key) else { return false }
        return !s.units.indices.contains { $0 != v && s.isMoney($0) || s.isWord($0, donors) }
    }

    /// `Unicef solicitó a los países aumentar la ayuda`, `le HCR sollicite les États de renforcer`:
    /// a request verb with an addressee and an infinitive asks someone else to act, the agency's
    /// own voice (French and Spanish; English `asked countries to` is read as an act).
    static func asksSomeoneToAct(_ v: Int, in s: SentenceContext) -> Bool {
        guard s.language == "fr" || s.language == "es", v + 2 < s.count else { return false }
        var r = v + 1
        // The addressee: `a los países`, `aux États`, `les États`, at most four words.
        guard Keys.recipientMarkers.contains(s.token(r).key) || s.has(r, .determiner) || s.isWord(r, Keys.articles) else { return false }
        r += 1
        while r < s.count, r <= v + 5, s.token(r).kind == .word, !s.has(r, .infinitive), !s.has(r, [.verbForm, .auxiliary, .copula]) || s.has(r, .determiner) {
            r += 1
        }
        // A relative clause in the addressee (`a los países que forman parte de la comunidad
        // internacional aumentar`): past it to the infinitive, within ten words; an infinitive
        // right after the relative's verb is its own (`que desean ayudar`).
        if let that = (v + 2..<min(r + 1, s.count)).first(where: { s.has($0, .complementizer) || s.isWord($0, relativeWho) }), !s.has(r, .infinitive) {
            var q = that + 1
            while q < s.count, q <= that + 10, s.token(q).kind == .word, !s.has(q, .infinitive) { q += 1 }
            guard q > that + 2 else { return false }
            r = q
        }
        // `de` before a French infinitive (`de renforcer`).
        if s.isWord(r, Keys.frenchInfinitiveMarkers), s.language == "fr" { r += 1 }
        return r < s.count && s.has(r, .infinitive)
    }
}
