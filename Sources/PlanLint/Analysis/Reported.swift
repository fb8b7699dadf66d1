/// Reported speech: after a reporting verb (`said`, `a indiqué`, `informó`), the reported clause
/// whose subject is the agency again (`it`, `il`, the name) or, in Spanish, no subject at all
/// (`informó que habilitará`) says what the agency does. A reported clause about something else
/// is the agency as a source of information: a data role.
enum Reported {
    static func read(after q: Int, verb: Int, in s: SentenceContext) -> Predicate {
        var p = q + 1
        // `a déclaré vendredi avoir aidé`, `a annoncé avoir été contraint de réduire`: a French
        // infinitive right after the reporting verb has the agency as its subject.
        let infinitive = Predicate.skipTransparent(from: p, in: s)
        if s.language == "fr", infinitive < s.count, s.has(infinitive, .infinitive) || Keys.frenchInfinitiveAuxiliaries.contains(s.token(infinitive).key) {
            let (inner, _) = VerbGroup.read(at: infinitive, in: s)
            // `dit comprendre les demandes mais affirme ne pas être en mesure de faire plus`: a
            // second reporting verb coordinated with the first reports with its own infinitive.
            if let next = VerbGroup.nextCoordinated(after: infinitive + 1, in: s), next > q, s.has(next, .report) {
                return Predicate.strongest(inner, read(after: next, verb: next, in: s))
            }
            if inner != .none { return inner }
        }
        // An infinitive the lexicon does not know (`dit comprendre les demandes mais affirme ...`):
        // only a coordinated reporting verb is read.
        if s.language == "fr", infinitive < s.count, s.units[infinitive].classes.isEmpty, s.units[infinitive].agency == nil, s.token(infinitive).kind == .word,
           Self.infinitiveEndings.contains(where: { s.prose.hasFoldedSuffix(s.token(infinitive), $0) }),
           let next = VerbGroup.nextCoordinated(after: infinitive + 1, in: s), s.has(next, .report) {
            return read(after: next, verb: next, in: s)
        }
        // A noun phrase right after a French or Spanish reporting verb is its object (`ha señalado
        // los desafíos que enfrentan los países`, `a souligné les défis que ...`): the `que` after it
        // opens a relative clause, not a reported one; the agency is a source. What an agency
        // announces is its own act (`anunció la apertura de un centro que atenderá ...`).
        let object = s.language != "en" && infinitive < s.count && s.has(infinitive, .determiner)
            && !s.isWord(verb, AnnouncedAct.announceVerbs) && !s.isWord(q, AnnouncedAct.announceVerbs)
            && !s.isAgency(infinitive + 1) && !s.has(infinitive + 1, [.agencyReference, .agencyDescription, .timeWord]) && !s.isWord(infinitive + 1, Keys.timeNouns)
            && s.token(infinitive + 1).kind == .word
        var steps = 0
        while p < s.count, steps < 10 {
            if s.has(p, .complementizer), object { return .coordination }
            if s.has(p, .complementizer) || s.isComma(p) || s.isColon(p) { p += 1; break }
            if s.isAgency(p) || s.has(p, [.subjectPronoun, .agencyReference, .agencyDescription]) { break }
            if s.token(p).isSentenceEnd { return .coordination }
            p += 1
            steps += 1
        }
        // A comma-enclosed phrase that opens the reported clause (`que, en coordinación con las
        // autoridades, ha colocado`, `that, with its partners, it has installed`).
        if s.isComma(p) { p = Predicate.skipAppositions(from: p, in: s) }
        p = Predicate.skipTransparent(from: skipTimePhrase(from: Predicate.skipTransparent(from: p, in: s), in: s), in: s)
        guard p < s.count else { return .coordination }
        p = skipMeansPhrase(from: p, in: s)
        // `confirmó que su presupuesto se ha reducido`, `confirmed that its budget has been cut`: the
        // agency's own budget, named by a possessive that refers back to it.
        if s.has(p, .possessivePronoun), (p + 1..<min(p + 3, s.count)).contains(where: { s.has($0, [.budgetNoun, .gapNoun]) }) { return .funding(verb: verb) }
        if s.isAgency(p) || s.has(p, [.subjectPronoun, .agencyReference, .agencyDescription]) {
            var after = p + 1
            while s.has(after, .separator), s.isAgency(after + 1) { after += 2 }
            let inner = Predicate.read(from: after, in: s)
            return inner == .none ? .coordination : inner
        }
        // `destacó que el principal objetivo es fortalecer`: the aim the agency reports is its own.
        if let n = AgencyMission.noun(openingAt: p, in: s), let inner = AgencyMission.predicate(noun: n, after: n + 1, in: s) { return inner }
        // The agency says what money is for (`explicó que esos fondos se destinarán a ...`).
        if let m = (p..<min(p + 4, s.count)).first(where: { s.isMoney($0) }) ?? moneyBeforeVerb(from: p, in: s) {
            // Money someone else owns (`that the plan's budget`, `que el presupuesto del plan`) is
            // no longer the agency's.
            return ownedByOther(money: m, from: p, in: s) ? .coordination : .funding(verb: verb)
        }
        // Spanish and French without a subject of their own, or `a prévenu que` + an infinitive.
        // A reflexive `ver` opens a causative passive (`que se verá obligado a reducir`).
        if s.language == "es", s.has(p, [.verbForm, .auxiliary, .future, .inflectedFuture]) || s.isWord(p, Keys.see) && s.isWord(p - 1, Keys.reflexive),
           !s.has(p, [.participle, .infinitive, .gerund]) {
            if let hoped = HopedFunding.read(at: p, in: s) { return hoped }
            // `confirmó que se han rescatado a 55 personas`: `se` and a plural verb make an
            // impersonal passive, not the (singular) agency's act.
            if s.isWord(p - 1, Keys.reflexive), s.token(p).kind == .word, s.prose.hasFoldedSuffix(s.token(p), "n") { return .coordination }
            let (inner, _) = VerbGroup.read(at: p, in: s)
            return inner == .none ? .coordination : inner
        }
        return .coordination
    }

    /// Money after its share (`que la mayor parte de esa cantidad, 903 millones de dólares, se
    /// destinarían`): within twelve units of `p`, before the clause's first verb; its unit.
    private static func moneyBeforeVerb(from p: Int, in s: SentenceContext) -> Int? {
        var u = p
        while u < min(p + 12, s.count), !s.has(u, [.verbForm, .auxiliary, .future]) {
            if s.isMoney(u) { return u }
            u += 1
        }
        return nil
    }

    /// Whether the money at `m` in the reported clause from `p` has an owner other than an agency:
    /// a possessive before it (`the plan's budget`) or a genitive after it (`el presupuesto del
    /// plan`, `le budget du plan`).
    private static func ownedByOther(money m: Int, from p: Int, in s: SentenceContext) -> Bool {
        if let owner = (p..<m).first(where: { s.isPossessiveMarker($0) }), owner > p, !s.isAgency(owner - 1) { return true }
        // A genitive with an article (`del plan`, `du plan`, `de la respuesta`), not a measure (`millones
        // de dólares`, `una donación de poco más de`).
        guard s.has(m, [.budgetNoun, .gapNoun]), s.isWord(m + 1, Keys.genitive) else { return false }
        let article = s.isWord(m + 1, contractedGenitives)
        let o = !article && (s.has(m + 2, .determiner) || s.isWord(m + 2, Keys.articles)) ? m + 3 : m + 2
        guard article || o == m + 3, o < s.count, s.token(o).kind == .word else { return false }
        return !s.isAgency(o) && !s.isAgency(m + 2) && !s.isMoney(o) && !s.has(o, [.agencyReference, .agencyDescription, .possessivePronoun])
    }

    /// A fronted phrase of means that opens a Spanish reported clause without a subject (`que por
    /// los recursos del gobierno de Estados Unidos y de la Agencia (USAID) apoya`, `que gracias a sus
    /// donantes apoya`): prepositional phrases chained by `de` and `y`, up to the clause's finite
    /// verb; that verb's unit, or `p`. A determiner after anything but a preposition starts a noun
    /// phrase of its own, the clause's subject (`que por la crisis los refugiados huyen`): no skip.
    static func skipMeansPhrase(from p: Int, in s: SentenceContext) -> Int {
        guard s.language == "es", s.isWord(p, meansPrepositions) else { return p }
        var u = p + 1, depth = 0
        while u < s.count, u < p + 30 {
            let t = s.token(u)
            if t.isMark("(") { depth += 1 } else if t.isMark(")") { depth -= 1 } else if depth == 0 {
                if t.isComma || t.isClauseEnd || t.isSentenceEnd || s.has(u, .complementizer) || s.isAgency(u) && !afterPreposition(u, in: s) { return p }
                if s.has(u, .determiner) || s.isWord(u, Keys.articles) { if !afterPreposition(u, in: s) { return p } }
                // A verb form right after an article or a preposition is a noun (`del gobierno`).
                else if s.has(u, [.verbForm, .auxiliary, .future, .inflectedFuture]), !s.has(u, [.participle, .infinitive, .gerund]), !afterPreposition(u, in: s),
                        !s.has(u - 1, .determiner) { return u }
            }
            u += 1
        }
        return p
    }

    /// Whether unit `u` follows a preposition, an article or `y` with a preposition before it.
    private static func afterPreposition(_ u: Int, in s: SentenceContext) -> Bool {
        s.has(u - 1, .preposition) || s.isWord(u - 1, Keys.genitive) || s.isWord(u - 1, Keys.articles) || s.isWord(u - 1, meansPrepositions)
    }

    /// `por`, `mediante`, `gracias` (`gracias a`), `con`: a phrase of means.
    private static let meansPrepositions = Keys.of(["por", "mediante", "gracias", "con"])

    /// French infinitive endings (`comprendre`, `accepter`, `agir`).
    private static let infinitiveEndings = ["er", "ir", "re"]

    private static let contractedGenitives = Keys.of(["del", "du", "des"])


    /// A time phrase that opens a reported clause (`que en 2015 recibió`, `that in 2023 it`): a
    /// preposition with a year or a time word, and the comma after it.
    static func skipTimePhrase(from p: Int, in s: SentenceContext) -> Int {
        guard s.has(p, .preposition), p + 1 < s.count else { return p }
        let next = s.token(p + 1)
        guard next.kind == .number && next.byteCount == 4 || s.has(p + 1, .timeWord) else { return p }
        return s.isComma(p + 2) ? p + 3 : p + 2
    }
}
