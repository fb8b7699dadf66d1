/// Concern with the agency as the one concerned rather than the subject of a concern verb: a
/// fronted experiencer (`Para ACNUR resulta preocupante que`, `Pour le HCR, il est préoccupant
/// que`, `For UNHCR, it is worrying that`), a Spanish dative (`Al ACNUR le preocupa que`, `A
/// ACNUR le preocupa esta tendencia`), or a verb of judging with a concern adjective (`Le HCR juge
/// préoccupant que`, `UNHCR finds it worrying that`, `El ACNUR considera preocupante`). The
/// agency voices its concern, as `UNHCR is worried` does.
enum ConcernExperiencer {
    /// The finding for group `g` as the experiencer of concern, or `nil`.
    static func finding(_ g: AgencyGroup, in s: SentenceContext) -> Finding? {
        guard s.language != "zh", !g.isJoint, g.agencies.count == 1, let b = g.before, s.has(b, .preposition) else { return nil }
        var r = g.end
        if s.isWord(b, experiencerMarkers) {
            // `Para ACNUR resulta preocupante`, `Pour le HCR, il est préoccupant`, `For UNHCR, it is worrying`.
            guard b == 0 || s.isComma(b - 1) else { return nil }
            if s.isComma(r) { r += 1 }
            if s.isWord(r, dummySubjects) { r += 1 }
            while r < s.count, r < g.end + 5, s.has(r, [.copula, .auxiliary, .transparent]) || s.isWord(r, seemVerbs) { r += 1 }
            guard r > g.end, s.isWord(r, concernAdjectives) || s.isWord(r + 1, concernAdjectives) && s.has(r, .transparent) else { return nil }
            return Finding(rule: .agencyAdvocacy, first: s.units[b].first, end: s.units[r].end)
        }
        if s.language == "es", s.isWord(b, dativeMarkers) {
            // `Al ACNUR le preocupa que`, `A ACNUR le preocupa esta tendencia`.
            guard s.isWord(r, dativeClitics) else { return nil }
            r += 1
            guard s.has(r, .concern), !s.has(r, [.participle, .infinitive, .gerund]) else { return nil }
            return Finding(rule: .agencyAdvocacy, first: s.units[b].first, end: s.units[r].end)
        }
        return nil
    }

    /// A verb of judging at `q` with a concern adjective within three units (`juge préoccupant
    /// que`, `finds it worrying`, `considera preocupante`, `estime alarmant`): the concern's unit.
    static func judgedConcern(at q: Int, in s: SentenceContext) -> Int? {
        guard s.language != "zh", s.isWord(q, judgingVerbs), let a = (q + 1..<min(q + 4, s.count)).first(where: { s.isWord($0, concernAdjectives) }) else { return nil }
        // An English adjective before its noun describes what was found (`found alarming levels of
        // malnutrition`): only `finds it worrying` or `finds worrying that` is concern.
        guard s.language != "en" || s.isWord(a - 1, dummySubjects) || s.has(a + 1, .complementizer) else { return nil }
        return a
    }

    /// `para`, `pour`, `for` before a fronted experiencer.
    private static let experiencerMarkers = Keys.of(["para", "pour", "for"])
    /// `a`, `al` before a Spanish dative experiencer.
    private static let dativeMarkers = Keys.of(["a", "al"])
    private static let dativeClitics = Keys.of(["le", "les"])
    private static let dummySubjects = Keys.of(["it", "il", "this", "cela", "ce", "c'", "esto", "ello"])
    /// Verbs of seeming that stand for a copula (`resulta`, `parece`, `seems`, `semble`).
    private static let seemVerbs = Keys.of(["resulta", "resultó", "resultaba", "parece", "parecía", "seems", "seemed", "remains",
                                            "semble", "paraît", "reste", "demeure", "sigue", "siendo"])
    /// Adjectives of concern (`worrying`, `préoccupant`, `preocupante`, `alarming`, `inquiétant`).
    static let concernAdjectives = Keys.of(["worrying", "alarming", "concerning", "disturbing", "troubling", "worrisome", "distressing",
                                            "préoccupant", "préoccupante", "préoccupants", "préoccupantes", "inquiétant", "inquiétante",
                                            "inquiétants", "inquiétantes", "alarmant", "alarmante", "alarmants", "alarmantes",
                                            "preocupante", "preocupantes", "inquietante", "inquietantes", "alarmante", "alarmantes"])
    /// Verbs of judging that take a concern adjective (`juge`, `trouve`, `finds`, `considera`).
    private static let judgingVerbs = Keys.of(["find", "finds", "found", "finding", "consider", "considers", "considered", "deem", "deems", "deemed"]
        + FrenchConjugation.forms(of: "juger").map(\.0) + FrenchConjugation.forms(of: "trouver").map(\.0)
        + FrenchConjugation.forms(of: "considérer").map(\.0) + FrenchConjugation.forms(of: "estimer").map(\.0)
        + SpanishConjugation.forms(of: "considerar").map(\.0) + SpanishConjugation.forms(of: "juzgar").map(\.0)
        + SpanishConjugation.forms(of: "estimar").map(\.0) + SpanishConjugation.forms(of: "encontrar:ue").map(\.0))
}
