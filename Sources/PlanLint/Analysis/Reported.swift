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
            if inner != .none { return inner }
        }
        var steps = 0
        while p < s.count, steps < 10 {
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
        if s.isAgency(p) || s.has(p, [.subjectPronoun, .agencyReference, .agencyDescription]) {
            var after = p + 1
            while s.has(after, .separator), s.isAgency(after + 1) { after += 2 }
            let inner = Predicate.read(from: after, in: s)
            return inner == .none ? .coordination : inner
        }
        // The agency says what money is for (`explicó que esos fondos se destinarán a ...`).
        if (p..<min(p + 4, s.count)).contains(where: { s.isMoney($0) }) { return .funding(verb: verb) }
        // Spanish and French without a subject of their own, or `a prévenu que` + an infinitive.
        // A reflexive `ver` opens a causative passive (`que se verá obligado a reducir`).
        if s.language == "es", s.has(p, [.verbForm, .auxiliary, .future, .inflectedFuture]) || s.isWord(p, Keys.see) && s.isWord(p - 1, Keys.reflexive),
           !s.has(p, [.participle, .infinitive, .gerund]) {
            let (inner, _) = VerbGroup.read(at: p, in: s)
            return inner == .none ? .coordination : inner
        }
        return .coordination
    }

    /// A time phrase that opens a reported clause (`que en 2015 recibió`, `that in 2023 it`): a
    /// preposition with a year or a time word, and the comma after it.
    static func skipTimePhrase(from p: Int, in s: SentenceContext) -> Int {
        guard s.has(p, .preposition), p + 1 < s.count else { return p }
        let next = s.token(p + 1)
        guard next.kind == .number && next.byteCount == 4 || s.has(p + 1, .timeWord) else { return p }
        return s.isComma(p + 2) ? p + 3 : p + 2
    }
}
