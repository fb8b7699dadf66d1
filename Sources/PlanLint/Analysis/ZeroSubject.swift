/// A Spanish or Chinese sentence without a subject of its own continues the subject of the
/// sentence before (`La OIM trabaja en la frontera. Además, brindará asistencia ...`, `难民署在边境开展
/// 工作。此外，将向新抵达者提供援助。`): when that subject is an agency, the verb that opens the
/// sentence (after an opening adverbial and its comma) is the agency's predicate, read as after
/// its name. French and English name their subjects (`Il`, `It`: ``SubjectContinuity``).
enum ZeroSubject {
    /// A finding for the predicate that opens a subjectless sentence after one whose subject is an
    /// agency, or `nil`.
    static func finding(in s: SentenceContext) -> Finding? {
        guard s.language == "es" || s.language == "zh", !s.unitsBefore.isEmpty,
              SubjectContinuity.subject(of: s.unitsBefore, tokens: s.tokens) == .agency, let v = openingVerb(in: s) else { return nil }
        let rule: LanguageRule
        let verb: Int
        switch Predicate.read(from: v, in: s) {
        case .action(let r): (rule, verb) = (.agencyAsActor, r)
        case .advocacy(let r): (rule, verb) = (.agencyAdvocacy, r)
        case .staffing(let r): (rule, verb) = (.agencyStaffing, r)
        case .funding(let r) where s.units.indices.contains(where: { s.isMoney($0) }): (rule, verb) = (.agencyFunding, r)
        default: return nil
        }
        return Finding(rule: rule, first: s.units[v].first, end: s.units[max(v, verb)].end)
    }

    /// The finite verb (or future marker) that opens the sentence, past an opening adverbial closed
    /// by a comma (`Para ello,`, `Además,`, `此外，`); none when a noun phrase comes first (a subject
    /// of its own) or when a Spanish verb is plural (`brindarán`: another subject).
    private static func openingVerb(in s: SentenceContext) -> Int? {
        var u = 0
        if let comma = (0..<min(8, s.count)).first(where: { s.isComma($0) }),
           (0..<comma).allSatisfy({ !s.isAgency($0) && !s.has($0, [.verbForm, .auxiliary, .future, .copula]) || s.has($0, .transparent) }) {
            u = comma + 1
        }
        u = Predicate.skipTransparent(from: u, in: s)
        guard u < s.count else { return nil }
        if s.language == "zh" {
            return s.has(u, [.future, .auxiliary]) || s.has(u, WordClass.meanings) ? u : nil
        }
        // `se registraron`: an impersonal or passive `se` names no subject to continue.
        guard !s.isWord(u, Keys.reflexive), s.has(u, [.verbForm, .auxiliary, .future]), !s.has(u, [.infinitive, .gerund, .participle]) else { return nil }
        let t = s.token(u)
        return s.prose.hasFoldedSuffix(t, "n") ? nil : u
    }
}
