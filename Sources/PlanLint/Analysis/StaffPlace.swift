/// The place of an agency's staff between the agency and their verb (`el personal de la OIM de
/// Sicilia y la isla de Lampedusa se están preparando`, `le personnel de l'OIM de Lampedusa
/// prépare`): `de` and a capitalized place, possibly joined to a second place (`y la isla de
/// Lampedusa`, `et Malte`), when a verb follows.
enum StaffPlace {
    /// The unit after such a place starting at `p` (right after the agency), or `p` itself.
    static func end(from p: Int, in s: SentenceContext) -> Int {
        guard s.language == "es" || s.language == "fr", s.isWord(p, Keys.de) else { return p }
        var q = name(from: p + 1, in: s)
        guard q > p + 1 else { return p }
        // `y la isla de Lampedusa`, `et Malte`: a second place.
        if s.isWord(q, Keys.correlativeSecond) {
            var r = q + 1
            if s.has(r, .determiner) || s.isWord(r, Keys.articles) { r += 1 }
            var words = 0
            while words < 2, r < s.count, s.token(r).kind == .word, s.units[r].classes.isEmpty, s.units[r].agency == nil, !s.isCapitalized(r) {
                r += 1
                words += 1
            }
            if words > 0, s.isWord(r, Keys.de) { r += 1 }
            let second = name(from: r, in: s)
            if second > r { q = second }
        }
        guard q < s.count, s.isWord(q, Keys.reflexive) || s.has(q, [.auxiliary, .future, .verbForm, .inflectedFuture, .copula]) || s.has(q, WordClass.verbs) else { return p }
        return q
    }

    /// The unit after up to three capitalized words from `u` that name no agency.
    private static func name(from u: Int, in s: SentenceContext) -> Int {
        var q = u
        while q < s.count, q < u + 3, s.token(q).kind == .word, s.isCapitalized(q), s.units[q].agency == nil, !s.has(q, .determiner) { q += 1 }
        return q
    }
}
