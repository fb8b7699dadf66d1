/// Registration counted against a caseload is the agency's own work in progress: `registered` is a
/// data role (`The UNHCR has registered 460,000 refugees`), but a share of a caseload right after
/// it (`has registered 207,889 out of the 433,140 individuals who received appointments`, `a
/// enregistré 5 000 des 12 000 arrivants`, `ha registrado a 5.000 de las 12.000 personas`,
/// `已登记了12000人中的5000人`) says how far the agency's registration has come: an act.
enum CaseloadProgress {
    /// Every form of `register`, `enregistrer`, `registrar`, generated from the lemmas.
    static let registerVerbs = Keys.of(EnglishInflection.forms(of: "register") + FrenchConjugation.forms(of: "enregistrer").map(\.0)
                                       + SpanishConjugation.forms(of: "registrar").map(\.0))
    /// Words between the two numbers of a share (`out of the`, `of the`, `sur les`, `des`, `de
    /// las`, `d'un total de`), up to three of them.
    static let shareWords = Keys.of(["out", "of", "the", "a", "total", "sur", "des", "de", "d'", "les", "un", "del", "los", "las"])

    /// Whether the registration verb at `q` has a share of a caseload as its object.
    static func counts(after q: Int, in s: SentenceContext) -> Bool {
        if s.language == "zh" {
            guard s.hanziWord(q) == "登记" else { return false }
            // `登记了12000人中的5000人`: a number, `中的`, a number, in the clause.
            var r = q + 1
            var number = false
            while r < s.count, r < q + 10, !s.isComma(r), !s.token(r).isSentenceEnd {
                if s.token(r).kind == .number { number = true }
                if number, s.text(r).hasPrefix("中"), (r + 1..<min(r + 4, s.count)).contains(where: { s.token($0).kind == .number }) { return true }
                r += 1
            }
            return false
        }
        // The last word of the unit: the lexicon holds compound pasts as phrases (`a enregistré`).
        guard q < s.count, registerVerbs.contains(s.tokens[s.units[q].end - 1].key) else { return false }
        var r = Predicate.skipTransparent(from: q + 1, in: s)
        // `ha registrado a 5.000`: the Spanish personal `a`.
        if s.language == "es", s.isWord(r, Keys.infinitiveMarkers) { r += 1 }
        guard r < s.count, s.token(r).kind == .number else { return false }
        // `5 000`: a number written in groups.
        while r + 1 < s.count, s.token(r + 1).kind == .number { r += 1 }
        var k = r + 1
        // A unit may hold several of them (`de las`).
        while k < s.count, k <= r + 4, s.token(k).kind == .word, (s.units[k].first..<s.units[k].end).allSatisfy({ shareWords.contains(s.tokens[$0].key) }) { k += 1 }
        return k > r + 1 && k < s.count && s.token(k).kind == .number
    }
}
