/// `UNHCR with the Commissioner for Refugees (COR), local authorities and other partners in the
/// response continue to monitor`, `ACNUR con la Comisión, las autoridades locales y otros socios
/// continúan`, `Le HCR avec les autorités et d'autres partenaires poursuivent`: a bare `with` right
/// after the agency, opening a list that holds the government or a collective before the verb, joins
/// them to the subject (the verb agrees with all of them). Its own partners (`with its partners`)
/// stay the agency and its partners, and a companion of one agency (`with IOM`) is read as before.
enum CompanionList {
    /// The collective or government unit of the list that opens with `with` at `p`, or nil.
    static func shared(after p: Int, in s: SentenceContext) -> Int? {
        guard s.language != "zh", s.isWord(p, Keys.with) else { return nil }
        var q = p + 1
        var shared: Int?
        while q < s.count, q < p + 16 {
            let t = s.token(q)
            if t.isSentenceEnd || t.isMark(";") || t.quoted { return nil }
            // The list ends at its verb (or an auxiliary); only then is it known to be a subject.
            if s.has(q, [.auxiliary, .future, .inflectedFuture]) || s.has(q, .verbForm) && !s.has(q, [.participle, .preposition, .determiner]) && t.kind == .word {
                return q > p + 2 ? shared : nil
            }
            // `with its partners`; `with funding from the government`: a means, no co-subject.
            if s.has(q, [.itsPartners, .possessivePronoun, .supportNoun, .budgetNoun]) { return nil }
            if shared == nil, s.has(q, .collective) || s.isWord(q, Keys.governmentBodies) { shared = q }
            q += 1
        }
        return nil
    }
}
