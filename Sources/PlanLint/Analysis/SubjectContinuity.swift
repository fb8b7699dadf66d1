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
        return subject(of: s.unitsBefore, tokens: s.tokens) == .other && !agencyActs(in: s.unitsBefore)
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

    /// What the subject of a sentence is, as far as the words before its first verb tell.
    enum Subject: Equatable {
        /// An agency's name, description or reference.
        case agency
        /// Another noun phrase (`the plan`, `ce document`).
        case other
        /// No noun phrase found where a subject stands (a pronoun, a verb, no comma after an
        /// opening adverbial).
        case unknown
    }

    /// The subject of `units`: the noun phrase before its first finite verb, after an opening
    /// adverbial (`In 2012,`, `Depuis janvier,`) and past appositions between commas or brackets
    /// (`La OIM, en asociación con otros actores, tiene`): an agency's name, description or
    /// reference, or another noun phrase.
    static func subject(of units: [Unit], tokens: [Token]) -> Subject {
        guard !units.isEmpty else { return .unknown }
        var u = 0
        // An opening adverbial or subordinate clause ends at the first comma.
        if units[0].has([.preposition, .complementizer, .timeWord, .transparent]) || tokens[units[0].first].kind == .number {
            guard let comma = units.prefix(16).firstIndex(where: { tokens[$0.first].isComma }) else { return .unknown }
            u = comma + 1
        }
        // The noun phrase that opens the subject: `Le HCR et ses partenaires fournissent`.
        var h = u
        while h < units.count, units[h].has(.determiner) || Keys.articles.contains(tokens[units[h].first].key) { h += 1 }
        guard h < units.count else { return .unknown }
        if names(units[h]) { return .agency }
        guard let verb = (u..<min(units.count, u + 30)).first(where: { isFinite(units[$0]) }), verb > u else { return .unknown }
        var b = verb - 1
        var skips = 0
        // Back over an apposition or a bracket that closes right before the verb.
        while b > u, skips < 2, tokens[units[b].first].isComma || tokens[units[b].first].isMark(")") {
            let open = tokens[units[b].first].isComma ? { (t: Token) in t.isComma } : { (t: Token) in t.isMark("(") }
            guard let o = (u..<b).last(where: { open(tokens[units[$0].first]) }) else { break }
            b = o - 1
            skips += 1
        }
        guard b >= u else { return .unknown }
        // Back over a place after the subject (`l'Agence de l'ONU au Tchad a besoin`).
        if b - 2 >= u, units[b - 1].has(.preposition), tokens[units[b].first].kind == .word, units[b].classes.isEmpty, units[b].agency == nil { b -= 2 }
        // The subject right before the verb, after a long opening adverbial (`En colaboración con
        // ..., incluidos ..., la OIM está`), or its country office (`UNHCR Syria is working`).
        if names(units[b]) || b > u && names(units[b - 1]) && tokens[units[b].first].kind == .word && units[b].classes.isEmpty { return .agency }
        let unit = units[h]
        if unit.has([.subjectPronoun, .possessivePronoun, .firstPerson]) { return .unknown }
        let token = tokens[unit.first]
        return (token.kind == .word || token.kind == .han) && !unit.has([.verbForm, .auxiliary, .copula, .future, .separator, .preposition]) ? .other : .unknown
    }

    /// An agency's name, description or reference.
    private static func names(_ unit: Unit) -> Bool {
        unit.agency != nil || unit.has([.agencyDescription, .agencyReference])
    }

    /// A finite verb, an auxiliary, a copula or a future marker (not a participle, a gerund or an
    /// infinitive alone).
    private static func isFinite(_ unit: Unit) -> Bool {
        unit.has([.auxiliary, .future, .copula]) || unit.has(.verbForm) && !unit.has([.participle, .gerund, .infinitive])
    }
}
