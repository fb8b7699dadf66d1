/// The agency's work praised with a copula (`UNICEF's response is critical`, `La respuesta de
/// UNICEF es fundamental`, `la présence du HCR est essentielle`, `la presencia de UNICEF es más
/// importante que nunca`): the plan praises one agency, self-promotion. The response of partners
/// or of a government praised so is the plan's to say.
enum OwnedPraise {
    /// A self-promotion finding from unit `first` (the agency before `'s`, or the work noun
    /// before `de`) to the praising adjective, when the agency's work noun at `noun` is followed by
    /// a copula at `q` (past auxiliaries and adverbs) and one within the clause; `nil` otherwise.
    static func finding(noun: Int, from first: Int, verbAt q: Int, in s: SentenceContext) -> Finding? {
        guard s.isWord(noun, workNouns) else { return nil }
        var c = Predicate.skipTransparent(from: q, in: s)
        while c < s.count, c < q + 3, s.has(c, .auxiliary), !s.has(c, .copula) { c += 1 }
        guard s.has(c, .copula) || s.isWord(c, Keys.remain) else { return nil }
        guard let a = (c + 1..<min(c + 6, s.count)).prefix(while: { !s.token($0).isClauseEnd && !s.isComma($0) && !s.token($0).isSentenceEnd })
            .first(where: { s.has($0, .evaluative) || s.isWord($0, praise) }) else { return nil }
        return Finding(rule: .selfPromotion, first: s.units[first].first, end: s.units[a].end)
    }

    /// An agency's work as a noun: its response, presence, work, assistance, support, contribution.
    private static let workNouns = Keys.of(["response", "presence", "work", "assistance", "aid", "support", "contribution", "action", "actions",
                                            "efforts", "interventions", "réponse", "présence", "travail", "assistance", "aide", "appui", "soutien",
                                            "contribution", "action", "interventions", "efforts", "respuesta", "presencia", "trabajo", "asistencia",
                                            "ayuda", "apoyo", "contribución", "acción", "intervenciones", "esfuerzos", "labor"])
    /// Praising adjectives besides the `evaluative` class (`important`, `importante`, `vital`).
    private static let praise = Keys.of(["important", "importante", "importantes", "importants", "vital", "vitale", "vitaux", "vitales",
                                         "fondamental", "fondamentale", "fondamentaux", "fondamentales", "invaluable", "inestimable", "irremplaçable",
                                         "irreemplazable", "decisive", "décisif", "décisive", "decisivo", "decisiva"])
}
