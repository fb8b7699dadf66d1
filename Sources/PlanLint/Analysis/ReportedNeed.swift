/// A need for money stated in a clause an agency reports after it (`Le Tchad a de toute urgence
/// besoin ... de financements importants, estime le HCR`, `Chad urgently needs significant
/// funding, UNHCR said`): the agency's appeal in its own name, as `UNHCR said that Chad needs
/// funding` is. A need without money (`les réfugiés ont besoin de protection, souligne le HCR`)
/// and money without a need (`le plan a reçu 30 %`) are read as before.
enum ReportedNeed {
    /// Whether the clause that ends at the comma `comma` (from the sentence's start, or from the
    /// closing quotation mark before it) states a need and names money.
    static func fundsNeeded(before comma: Int, in s: SentenceContext) -> Bool {
        var need = false, money = false
        for u in 0..<comma {
            if s.isAgency(u) { return false }
            if s.isWord(u, EmphasizedNeed.needWords) || s.has(u, .funding) && s.units[u].end - s.units[u].first > 1 { need = true }
            if s.isMoney(u) || s.has(u, [.gapNoun, .budgetNoun]) { money = true }
            // `due to a lack of funds`, `faute de financement`, `por falta de fondos`: money lacked
            // is money needed.
            if s.has(u, .gapNoun) && lackNouns.contains(s.token(u).key) || s.isWord(u, lackNouns) && s.isMoney(s.isWord(u + 1, Keys.ofWord) || s.isWord(u + 1, Keys.de) ? u + 2 : u + 1) { need = true; money = true }
        }
        return need && money
    }

    /// Participles that give a cause (`blaming`, `citing`, `invoquant`, `alegando`).
    private static let blaming = Keys.of(["blaming", "citing", "attributing", "invoquant", "évoquant", "alegando", "atribuyendo", "citando"])

    /// Nouns of lacking before the money lacked (`lack of funds`, `manque de fonds`, `falta de
    /// fondos`), also opening a gap phrase of the lexicon.
    private static let lackNouns = Keys.of(["lack", "shortage", "absence", "manque", "faute", "falta", "carencia", "escasez"])

    /// `Chad urgently needs significant funding, UNHCR said.`: the agency after the comma, its
    /// reporting verb ending the sentence; a funding finding over the agency and its verb, or `nil`.
    static func finding(after g: AgencyGroup, in s: SentenceContext) -> Finding? {
        guard s.language != "zh", !g.isJoint, g.agencies.count == 1, let b = g.before, s.isComma(b) else { return nil }
        var v = Predicate.skipTransparent(from: g.end, in: s)
        while v < s.count, s.has(v, .auxiliary) { v += 1 }
        guard v < s.count, s.has(v, .report) || s.has(v, .dataVerb) else { return nil }
        // `..., WFP said on Tuesday, blaming a critical funding shortage`: the cause it gives after
        // its verb is a gap in its own funding.
        var e = v + 1
        while e < s.count, e < v + 4, s.has(e, .timeWord) || s.isWord(e, Keys.timeNouns) || s.token(e).kind == .word && s.units[e].classes.isEmpty && s.isCapitalized(e) || s.has(e, .preposition) { e += 1 }
        if s.isComma(e), s.isWord(e + 1, blaming), (e + 2..<min(e + 8, s.count)).contains(where: { s.has($0, .gapNoun) || s.isWord($0, lackNouns) }) {
            return Finding(rule: .agencyFunding, first: s.units[g.start].first, end: s.units[v].end)
        }
        guard v + 1 >= s.count || s.token(v + 1).isSentenceEnd, fundsNeeded(before: b, in: s) else { return nil }
        return Finding(rule: .agencyFunding, first: s.units[g.start].first, end: s.units[v].end)
    }
}
