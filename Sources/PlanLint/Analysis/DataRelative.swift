/// The agency as the subject of a relative clause on a data noun whose main clause reports data
/// (`El monitoreo que ACNUR lleva a cabo en las fronteras sugiere que ...`, `The monitoring that
/// UNHCR carries out at the borders suggests ...`, `Le suivi que le HCR mène aux frontières
/// montre ...`): the main clause's subject is the data noun and its predicate a data predicate,
/// so the agency is a source of data. So is the agent of a participle after a data noun (`Les
/// analyses conduites par Action contre la Faim montrent que`, `The assessments carried out by
/// UNHCR show that`, `Las evaluaciones realizadas por ACNUR muestran`). `The distribution that
/// UNHCR carries out reaches ...` is no data noun and stays the agency's act.
enum DataRelative {
    /// Whether group `g` is the subject of such a relative clause, or the agent of such a
    /// participle.
    static func isSource(_ g: AgencyGroup, in s: SentenceContext) -> Bool {
        guard s.language != "zh", let b = g.before else { return false }
        if s.has(b, .complementizer) {
            // The data noun, with at most two modifiers after it (`le suivi de protection que`).
            guard (max(0, b - 3)..<b).contains(where: { s.isWord($0, Keys.dataNouns) }),
                  (max(0, b - 3)..<b).allSatisfy({ isModifier($0, in: s) || s.isWord($0, Keys.dataNouns) }) else { return false }
            return mainClauseReportsData(after: g.end + 1, in: s)
        }
        // `analyses conduites par`, `assessments carried out by`: a participle (and its particle)
        // between the data noun and the agent marker.
        guard s.has(b, .agentMarker) else { return false }
        var p = b - 1
        if p >= 1, !s.has(p, .participle), s.has(p - 1, .participle) { p -= 1 }
        // The data noun, with at most two modifiers after it (`les analyses bactériologiques conduites`).
        guard p >= 1, s.has(p, .participle), let noun = (max(0, p - 3)..<p).last(where: { s.isWord($0, Keys.dataNouns) }),
              (noun + 1..<p).allSatisfy({ isModifier($0, in: s) }) else { return false }
        return mainClauseReportsData(after: g.end, in: s)
    }

    /// A word that may modify the data noun before it (`de protection`, `bactériologiques`): no
    /// verb form, auxiliary or copula.
    private static func isModifier(_ u: Int, in s: SentenceContext) -> Bool {
        s.token(u).kind == .word && !s.has(u, [.verbForm, .auxiliary, .copula])
    }

    /// Whether a data or reporting verb follows `start` within twelve units and the same clause:
    /// the main clause's predicate after the relative clause or the participle's agent.
    private static func mainClauseReportsData(after start: Int, in s: SentenceContext) -> Bool {
        var r = start
        while r < s.count, r < start + 13 {
            if s.token(r).isSentenceEnd || s.token(r).isMark(";") { return false }
            // A noun that is also a reporting verb (`12 points`, `the report`) is the noun.
            let noun = s.has(r - 1, .determiner) || s.isWord(r - 1, Keys.articles) || s.token(r - 1).kind == .number
            if s.has(r, [.dataVerb, .report]) || s.isWord(r, Keys.suggest), !s.has(r, [.infinitive, .gerund]), !noun { return true }
            r += 1
        }
        return false
    }
}
