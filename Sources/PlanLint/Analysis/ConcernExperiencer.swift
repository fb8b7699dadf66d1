/// Concern with the agency as the one concerned rather than the subject of a concern verb: a
/// fronted experiencer (`Para ACNUR resulta preocupante que`, `Pour le HCR, il est préoccupant
/// que`, `For UNHCR, it is worrying that`), a Spanish dative (`Al ACNUR le preocupa que`, `A
/// ACNUR le preocupa esta tendencia`), or a verb of judging with a concern adjective (`Le HCR juge
/// préoccupant que`, `UNHCR finds it worrying that`, `El ACNUR considera preocupante`). The
/// agency voices its concern, as `UNHCR is worried` does.
enum ConcernExperiencer {
    /// The finding for group `g` as the experiencer of concern, or `nil`.
    static func finding(_ g: AgencyGroup, in s: SentenceContext) -> Finding? {
        if s.language == "zh" { return chinese(g, in: s) }
        guard !g.isJoint, g.agencies.count == 1 else { return nil }
        var r = g.end
        // `al organismo internacional le preocupa`: a reference that holds the contracted `al`.
        if s.language == "es", g.agencies[0] == g.start, dativeMarkers.contains(s.token(g.start).key),
           s.units[g.start].end - s.units[g.start].first > 1 {
            return dativeConcern(from: s.units[g.start].first, after: r, in: s)
        }
        guard let b = g.before, s.has(b, .preposition) else { return nil }
        if s.isWord(b, experiencerMarkers) {
            // `Para ACNUR resulta preocupante`, `Pour le HCR, il est préoccupant`, `For UNHCR, it is worrying`.
            guard b == 0 || s.isComma(b - 1) else { return nil }
            if s.isComma(r) { r += 1 }
            if s.isWord(r, dummySubjects) { r += 1 }
            while r < s.count, r < g.end + 5, s.has(r, [.copula, .auxiliary, .transparent]) || s.isWord(r, seemVerbs) { r += 1 }
            guard r > g.end, s.isWord(r, concernAdjectives) || s.isWord(r + 1, concernAdjectives) && s.has(r, .transparent) else { return nil }
            return Finding(rule: .agencyAdvocacy, first: s.units[b].first, end: s.units[r].end)
        }
        if s.language == "es", s.isWord(b, dativeMarkers) { return dativeConcern(from: s.units[b].first, after: r, in: s) }
        return nil
    }

    /// `Al ACNUR le preocupa que`, `A ACNUR le preocupa esta tendencia`: the dative clitic at `r`
    /// and a concern verb after it, also in quotation marks (`le "preocupa"`); the finding from
    /// token `first`.
    private static func dativeConcern(from first: Int, after r: Int, in s: SentenceContext) -> Finding? {
        guard s.isWord(r, dativeClitics) else { return nil }
        var v = r + 1
        if v < s.count, s.token(v).kind == .punctuation, QuoteMarker.isMark(s.token(v).scalar) { v += 1 }
        guard s.has(v, .concern), !s.has(v, [.participle, .infinitive, .gerund]) else { return nil }
        return Finding(rule: .agencyAdvocacy, first: first, end: s.units[v].end)
    }

    /// Chinese `对难民署而言，这一趋势令人担忧` (for UNHCR, ... is worrying) and `令难民署担忧的是` (what
    /// worries UNHCR is): the agency opens the sentence as the one concerned. `对` and the closing
    /// `而言` or `来说` are compared as text only after an agency that follows the sentence's first
    /// unit.
    private static func chinese(_ g: AgencyGroup, in s: SentenceContext) -> Finding? {
        guard !g.isJoint, g.agencies.count == 1, g.before == 0, g.end < s.count else { return nil }
        let marker = s.text(s.units[0].first, s.units[0].end)
        if causeMarkers.contains(marker) {
            // `令难民署担忧的是`, `令难民署感到担忧`.
            guard let r = (g.end..<min(g.end + 3, s.count)).first(where: { s.has($0, .concern) }),
                  !(g.end..<r).contains(where: { s.isComma($0) || s.isAgency($0) }) else { return nil }
            return Finding(rule: .agencyAdvocacy, first: s.units[0].first, end: s.units[r].end)
        }
        guard forMarkers.contains(marker) else { return nil }
        let close = s.text(s.units[g.end].first, s.units[min(g.end + 2, s.count) - 1].end)
        guard closers.contains(where: { close.hasPrefix($0) }) else { return nil }
        // The concern within the clause that follows, with no other agency or reporting verb before
        // it (`说` of `来说` may be a unit of its own).
        var r = closers.contains(s.hanziWord(g.end)) ? g.end + 1 : g.end + 2
        while r < s.count, r < g.end + 30, !s.isAgency(r), !s.has(r, [.report, .dataVerb]) {
            if s.has(r, .concern) { return Finding(rule: .agencyAdvocacy, first: s.units[0].first, end: s.units[r].end) }
            r += 1
        }
        return nil
    }

    /// `对`, `對` (for) and `令` (makes) before a Chinese experiencer.
    private static let forMarkers: Set<String> = ["对", "對", "对于", "對於"]
    private static let causeMarkers: Set<String> = ["令", "让", "讓", "使"]
    /// `而言`, `来说` closing `对难民署而言`.
    private static let closers: Set<String> = Set(["而言", "来说"].map(HanziFold.fold))

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
                                            "preocupante", "preocupantes", "inquietante", "inquietantes", "alarmante", "alarmantes",
                                            "heartbreaking", "bouleversant", "bouleversante", "bouleversants", "bouleversantes",
                                            "desgarrador", "desgarradora", "desgarradores", "desgarradoras"])
    /// Verbs of judging that take a concern adjective (`juge`, `trouve`, `finds`, `considera`).
    private static let judgingVerbs = Keys.of(["find", "finds", "found", "finding", "consider", "considers", "considered", "deem", "deems", "deemed"]
        + FrenchConjugation.forms(of: "juger").map(\.0) + FrenchConjugation.forms(of: "trouver").map(\.0)
        + FrenchConjugation.forms(of: "considérer").map(\.0) + FrenchConjugation.forms(of: "estimer").map(\.0)
        + SpanishConjugation.forms(of: "considerar").map(\.0) + SpanishConjugation.forms(of: "juzgar").map(\.0)
        + SpanishConjugation.forms(of: "estimar").map(\.0) + SpanishConjugation.forms(of: "encontrar:ue").map(\.0))
}
