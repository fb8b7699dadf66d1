/// Money someone else gives the agency (`Le Japon a accordé au HCR 1,7 million USD`, `a versé 2
/// millions de dollars à l'OIM`, `Japón otorgó al ACNUR 2 millones de dólares`, `Japan granted
/// UNHCR USD 1.7 million`): a donation in the agency's name, its funding, as `donations to UNHCR`
/// are. A gift that is no money (`a remis au HCR des tentes`) is left alone, and so is money given
/// to several agencies or with partners.
enum DonationToAgency {
    /// A funding finding from the giving verb to the agency, or `nil`.
    static func finding(_ g: AgencyGroup, in s: SentenceContext) -> Finding? {
        guard s.language != "zh", !g.isJoint, g.agencies.count == 1 else { return nil }
        var d = g.start - 1
        while d >= 0, d >= g.start - 2, s.has(d, .determiner) || s.isWord(d, Keys.articles) { d -= 1 }
        guard d >= 0 else { return nil }
        // English gives to the agency with no preposition (`granted UNHCR USD 1.7 million`).
        let dative = s.isWord(d, datives)
        guard dative || s.language == "en" else { return nil }
        // The verb before the dative, past the money given first (`a versé 2 millions de dollars à`).
        let lowest = max(0, d - (dative ? 9 : 1))
        guard let v = stride(from: dative ? d - 1 : d, through: lowest, by: -1).first(where: { s.isWord($0, giftVerbs) }) else { return nil }
        // What stands between the verb and the dative (nothing in English: the verb is at `d`).
        let between = v < d ? Array(v + 1..<d) : []
        guard !between.contains(where: { s.isComma($0) || s.has($0, [.verbForm, .auxiliary]) && !s.isMoney($0) }) else { return nil }
        // An amount of money: between the verb and the agency, or in the few units after the agency
        // (`a share of the budget` is no gift).
        let after = Array((g.end..<max(g.end, min(g.end + 6, s.count))).prefix { !s.isComma($0) })
        guard amount(in: between, s) || amount(in: after, s) else { return nil }
        return Finding(rule: .agencyFunding, first: s.units[v].first, end: s.units[g.agencies[0]].end)
    }

    /// Money and a number among `units` (`1,7 million USD`, `2 millones de dólares`).
    private static func amount(in units: [Int], _ s: SentenceContext) -> Bool {
        units.contains { s.isMoney($0) } && units.contains { s.token($0).kind == .number }
    }

    /// `à`, `au`, `aux`, `a`, `al`, `to`: the preposition before the receiver of a gift.
    private static let datives = Keys.of(["à", "au", "aux", "a", "al", "to"])

    /// Every form of the verbs of giving money (`accorder`, `octroyer`, `verser`, `allouer`,
    /// `otorgar`, `donar`, `conceder`, `asignar`, `grant`, `give`, `award`, `allocate`, `donate`),
    /// generated from the lemmas.
    static let giftVerbs = Keys.of(["grant", "award", "allocate", "donate", "contribute"].flatMap(EnglishInflection.forms(of:)) + ["give", "gives", "gave", "given", "giving"]
                                   + ["accorder", "octroyer", "verser", "allouer", "attribuer", "donner", "offrir"].flatMap { FrenchConjugation.forms(of: $0).map(\.0) }
                                   + ["otorgar", "donar", "conceder:ie", "asignar", "destinar", "aportar"].flatMap { SpanishConjugation.forms(of: $0).map(\.0) })
}
