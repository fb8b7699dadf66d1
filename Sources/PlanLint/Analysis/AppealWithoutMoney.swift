/// An appeal that names no money asks for something other than funds (`UNHCR appeals for the
/// protection of civilians`, `ACNUR hace un llamamiento para defender la protección`): the agency's
/// own voice, not its budget. An appeal with money (`appeals for US$10 million`, `hace un
/// llamamiento de 20 millones de dólares`) or to donors stays funding.
enum AppealWithoutMoney {
    /// Forms of the English verb `appeal`.
    private static let appealVerbs = Keys.of(EnglishInflection.forms(of: "appeal"))
    /// `llamamiento`, the noun that ends the Spanish verb phrase `hace un llamamiento`.
    private static let appealNouns = Keys.of(["llamamiento"])
    /// Those an appeal for funds is addressed to.
    private static let donors = Keys.of(["donor", "donors", "donante", "donantes", "donateur", "donateurs", "bailleurs"])

    /// Whether the funding verb at `v` is an appeal, in a sentence that names neither money nor donors.
    static func advocates(_ v: Int, in s: SentenceContext) -> Bool {
        // The verb may be a phrase of the lexicon (`appeals for`, `hace un llamamiento`).
        let unit = s.units[v]
        guard appealVerbs.contains(s.tokens[unit.first].key) || appealNouns.contains(s.tokens[unit.end - 1].key) else { return false }
        return !s.units.indices.contains { $0 != v && s.isMoney($0) || s.isWord($0, donors) }
    }
}
