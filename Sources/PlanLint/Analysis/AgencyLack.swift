/// A lack whose owner is the agency but not the grammatical subject: the Spanish dative
/// experiencer (`Al PMA le faltan 40 millones`, `A la OIM le hace falta`), the French impersonal
/// with a dative (`Il manque au PAM 35 millions`, `il manque encore à l'UNICEF`), and the English
/// predicate adjective (`WFP is short of $40 million`). With money or a funding gap in the
/// sentence, the gap is the agency's budget.
enum AgencyLack {
    /// A funding finding when the agency group `g` owns a lack, or `nil`.
    static func finding(_ g: AgencyGroup, in s: SentenceContext) -> Finding? {
        guard !g.isJoint, g.agencies.count == 1 else { return nil }
        let span: (Int, Int)?
        switch s.language {
        case "es": span = spanishDative(g, in: s)
        case "fr": span = frenchImpersonal(g, in: s)
        case "en": span = englishShort(g, in: s)
        default: span = nil
        }
        guard let (first, last) = span, s.units.indices.contains(where: { s.isMoney($0) || s.has($0, .gapNoun) }) else { return nil }
        return Finding(rule: .agencyFunding, first: s.units[first].first, end: s.units[last].end)
    }

    /// `Al PMA le faltan`, `A la OIM le hace falta`, `Al ACNUR todavía le faltan`.
    private static func spanishDative(_ g: AgencyGroup, in s: SentenceContext) -> (Int, Int)? {
        var a = g.start - 1
        while a >= 0, s.has(a, .determiner) || s.isWord(a, Keys.articles) { a -= 1 }
        guard a >= 0, s.isWord(a, Keys.dativeMarkers) else { return nil }
        var q = g.end
        // Adverbs between the agency and its clitic (`Al ACNUR todavía le faltan`): lower-case words
        // that are no verb, article or preposition.
        while q < s.count, q < g.end + 3, !s.isWord(q, Keys.dativeClitics), s.token(q).kind == .word, s.token(q).key == s.token(q).exactKey,
              !s.has(q, [.verbForm, .auxiliary, .copula, .determiner, .preposition]) { q += 1 }
        guard s.isWord(q, Keys.dativeClitics) else { return nil }
        q = Predicate.skipTransparent(from: q + 1, in: s)
        if s.isWord(q, Keys.lackWords) { return (a, q) }
        if s.isWord(q, Keys.make), s.isWord(q + 1, Keys.lackWords) { return (a, q + 1) }
        return nil
    }

    /// `Il manque au PAM`, `il manque encore à l'UNICEF`, `Il manquera au HCR`.
    private static func frenchImpersonal(_ g: AgencyGroup, in s: SentenceContext) -> (Int, Int)? {
        guard let b = g.before, s.isWord(b, Keys.dativeMarkers) else { return nil }
        var v = b - 1
        while v >= 0, v >= b - 3, s.has(v, [.transparent, .timeWord, .negation]) && !s.isWord(v, Keys.lackWords) { v -= 1 }
        guard v >= 1, s.isWord(v, Keys.lackWords), s.isWord(v - 1, Keys.impersonal) else { return nil }
        return (v - 1, g.agencies[0])
    }

    /// `WFP is short of`, `UNHCR is still short of`, `IOM remains short of`.
    private static func englishShort(_ g: AgencyGroup, in s: SentenceContext) -> (Int, Int)? {
        guard !g.isObject(in: s), s.has(g.end, .copula) || s.has(g.end, .auxiliary) else { return nil }
        var q = g.end + 1
        while q < s.count, q < g.end + 3, s.has(q, [.transparent, .timeWord]) || s.has(q, .copula) { q += 1 }
        guard s.isWord(q, Keys.short), s.isWord(q + 1, Keys.ofWord) else { return nil }
        return (g.start, q + 1)
    }
}
