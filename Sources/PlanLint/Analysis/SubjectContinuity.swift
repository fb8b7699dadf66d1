/// What a subject pronoun that opens a sentence (`It provides`, `Il fournit`, `Elle`) refers to
/// when an agency was named in the sentence before: the subject of that sentence, as a reader
/// takes it. `Les Plans de réponse sont pilotés par le HCR. Il fournit ...` and `The RRP is led by
/// UNHCR. It sets out ...` speak of the plan, not the agency; `UNHCR opened a centre. It will ...`
/// and `In June, the UN refugee agency said ... It added ...` speak of the agency, and so does a
/// sentence where the agency is the subject of a clause of its own (`As arrivals grew, UNHCR
/// opened ...`).
enum SubjectContinuity {
    /// Whether the subject pronoun at unit `u` opens its sentence and the sentence before has a
    /// subject that is no agency (a noun phrase such as `the plan`, `ce document`).
    static func refersToAnotherSubject(_ u: Int, in s: SentenceContext) -> Bool {
        guard opensSentence(u, in: s), !s.unitsBefore.isEmpty else { return false }
        return previousSubjectIsOther(s.unitsBefore, tokens: s.tokens) && !agencyActs(in: s.unitsBefore)
    }

    /// The pronoun is the sentence's first word, or follows only an opening adverbial and its comma
    /// (`However, it`, `En outre, il`).
    private static func opensSentence(_ u: Int, in s: SentenceContext) -> Bool {
        u == 0 || u <= 4 && s.isComma(u - 1) && !(0..<u - 1).contains { s.isAgency($0) || s.has($0, [.verbForm, .agencyDescription, .agencyReference]) }
    }

    /// An agency in `units` right before a verb (`..., where UNHCR registered them`): the subject
    /// of a clause of its own, which a pronoun may continue.
    private static func agencyActs(in units: [Unit]) -> Bool {
        units.indices.dropLast().contains { units[$0].agency != nil && units[$0 + 1].has([.verbForm, .auxiliary, .future, .copula]) }
    }

    /// The first noun phrase of `units` after an opening adverbial (`In 2012,`, `Depuis janvier,`),
    /// read past determiners: another subject than an agency's name, description or reference.
    private static func previousSubjectIsOther(_ units: [Unit], tokens: [Token]) -> Bool {
        var u = 0
        // An opening adverbial or subordinate clause ends at the first comma.
        if units[0].has([.preposition, .complementizer, .timeWord, .transparent]) || tokens[units[0].first].kind == .number {
            guard let comma = units.prefix(16).firstIndex(where: { tokens[$0.first].isComma }) else { return false }
            u = comma + 1
        }
        while u < units.count, units[u].has(.determiner) || Keys.articles.contains(tokens[units[u].first].key) { u += 1 }
        guard u < units.count else { return false }
        let unit = units[u]
        if unit.agency != nil || unit.has([.agencyDescription, .agencyReference, .subjectPronoun, .possessivePronoun, .firstPerson]) { return false }
        let token = tokens[unit.first]
        return (token.kind == .word || token.kind == .han) && !unit.has([.verbForm, .auxiliary, .copula, .future, .separator])
    }
}
