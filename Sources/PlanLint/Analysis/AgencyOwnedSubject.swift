/// The agency as the agent or the owner of the noun that opens the sentence as its subject, when
/// the predicate is a requirement with money (`The contingency preparations by UNHCR require $60
/// million`, `Les préparatifs du HCR nécessitent 60 millions de dollars`, `Los preparativos del
/// ACNUR requieren ...`): the agency's own work needs the money, a budget of its own. So does one
/// that amounts to money (`Ce don de l'UNICEF se chiffre à 11 millions de francs CFA`).
enum AgencyOwnedSubject {
    /// A funding finding from the subject to the requirement, or `nil`.
    static func finding(_ g: AgencyGroup, in s: SentenceContext) -> Finding? {
        guard s.language != "zh", !g.isJoint, g.agencies.count == 1 else { return nil }
        if s.language == "en", let finding = modified(g, in: s) { return finding }
        // `de l'UNICEF`, `de la OIM`: the genitive with its article is one unit.
        guard let b = g.before, s.has(b, [.agentMarker, .possessiveBefore]) || s.isWord(b, Keys.genitive) || s.language == "en" && s.isWord(b, Keys.ofWord) else { return nil }
        // A fronted time or place phrase closed by a comma (`Actuellement, l'opération du PAM`,
        // `En 2025, ...`, `Actualmente, la operación del PMA`) may come before the subject.
        let o = frontedPhraseEnd(before: b, in: s)
        guard b >= o + 1, b <= o + 6 else { return nil }
        // The subject opens the sentence: no verb, clause mark or other agency before the preposition.
        // Money nouns are no verbs there (`Ce don de l'UNICEF`).
        guard (o..<b).allSatisfy({ (!s.has($0, [.verbForm, .auxiliary, .copula, .complementizer, .preposition]) || s.has($0, [.budgetNoun, .gapNoun])) && !s.isComma($0) && !s.isAgency($0) }),
              (o..<b).contains(where: { s.token($0).kind == .word && !s.has($0, .determiner) && !s.isWord($0, Keys.articles) }) else { return nil }
        // A place or time phrase between the agent and the requirement (`by UNHCR in the region`).
        var e = g.end
        if s.isWord(e, Keys.place) {
            e += 1
            while e < s.count, e < g.end + 7, s.token(e).kind == .word, !s.has(e, [.verbForm, .auxiliary, .funding]), !s.isAgency(e) { e += 1 }
        }
        if let v = amount(at: e, in: s) { return Finding(rule: .agencyFunding, first: s.units[o].first, end: s.units[v].end) }
        guard case .funding(let v) = Predicate.read(from: e, in: s), VerbGroup.moneyFollows(v, in: s) else { return nil }
        return Finding(rule: .agencyFunding, first: s.units[o].first, end: s.units[v].end)
    }

    /// A verb of amounting with money after it at `e` (`se chiffre à 11 millions de francs CFA`,
    /// `s'élève à`, `asciende a`, `se cifra en`, `amounts to`): what the agency owns or does
    /// is money of its own. The verb's unit, or `nil`.
    private static func amount(at e: Int, in s: SentenceContext) -> Int? {
        let v = s.isWord(e, Keys.reflexive) ? e + 1 : e
        guard s.isWord(v, amountVerbs), VerbGroup.moneyFollows(v, in: s) else { return nil }
        return v
    }

    /// Every finite form of `se chiffrer`, `s'élever`, `ascender`, `cifrarse`, `elevarse` and of
    /// English `amount` and `total`.
    private static let amountVerbs = Keys.of(["amount", "amounts", "amounted", "totals", "totalled", "totaled"]
        + ["chiffrer", "élever"].flatMap { FrenchConjugation.forms(of: $0).filter { !$0.1.contains(.infinitive) }.map(\.0) }
        + ["ascender:ie", "cifrar", "elevar"].flatMap { SpanishConjugation.forms(of: $0).filter { !$0.1.contains(.infinitive) }.map(\.0) })

    /// English `The WFP operation requires USD 5 million`: the agency's name as the modifier of
    /// the noun that opens the sentence (only articles before it, one or two plain nouns after it)
    /// before a requirement with money, as `l'opération du PAM requiert` is.
    private static func modified(_ g: AgencyGroup, in s: SentenceContext) -> Finding? {
        let o = frontedPhraseEnd(before: g.start, in: s)
        guard g.start <= o + 2, (o..<g.start).allSatisfy({ s.has($0, .determiner) || s.isWord($0, Keys.articles) }) else { return nil }
        var e = g.end
        while e < s.count, e < g.end + 2, s.token(e).kind == .word, s.units[e].agency == nil,
              !s.has(e, [.verbForm, .auxiliary, .copula, .future, .funding, .preposition, .separator, .possessive]), !s.isWord(e, amountVerbs) { e += 1 }
        guard e > g.end else { return nil }
        if let v = amount(at: e, in: s) { return Finding(rule: .agencyFunding, first: s.units[o].first, end: s.units[v].end) }
        guard case .funding(let v) = Predicate.read(from: e, in: s), VerbGroup.moneyFollows(v, in: s) else { return nil }
        return Finding(rule: .agencyFunding, first: s.units[o].first, end: s.units[v].end)
    }

    /// The unit after a comma that closes a fronted phrase of at most four units with no verb,
    /// clause mark or agency (`Actuellement,`, `En 2025,`, `Currently,`), or 0.
    private static func frontedPhraseEnd(before b: Int, in s: SentenceContext) -> Int {
        guard b >= 2, let comma = (1..<min(b, 5)).first(where: { s.isComma($0) }) else { return 0 }
        let plain = (0..<comma).allSatisfy { !s.has($0, [.verbForm, .auxiliary, .copula, .complementizer, .report, .dataVerb]) && !s.isAgency($0) }
        return plain ? comma + 1 : 0
    }
}
