/// The agency as the subject of a relative clause on a data noun whose main clause reports data
/// (`El monitoreo que ACNUR lleva a cabo en las fronteras sugiere que ...`, `The monitoring that
/// UNHCR carries out at the borders suggests ...`, `Le suivi que le HCR mène aux frontières
/// montre ...`): the main clause's subject is the data noun and its predicate a data predicate,
/// so the agency is a source of data. `The distribution that UNHCR carries out reaches ...` is no
/// data noun and stays the agency's act.
enum DataRelative {
    /// Whether group `g` is the subject of such a relative clause.
    static func isSource(_ g: AgencyGroup, in s: SentenceContext) -> Bool {
        guard s.language != "zh", let b = g.before, s.has(b, .complementizer) else { return false }
        // The data noun, with at most two modifiers after it (`le suivi de protection que`).
        guard (max(0, b - 3)..<b).contains(where: { s.isWord($0, Keys.dataNouns) }),
              (max(0, b - 3)..<b).allSatisfy({ s.token($0).kind == .word && !s.has($0, [.verbForm, .auxiliary, .copula]) || s.isWord($0, Keys.dataNouns) }) else { return false }
        // The main clause's predicate: the first data or reporting verb after the relative clause's
        // own verb, within twelve units and the same clause.
        var r = g.end + 1
        while r < s.count, r < g.end + 14 {
            if s.token(r).isSentenceEnd || s.token(r).isMark(";") { return false }
            // A noun that is also a reporting verb (`12 points`, `the report`) is the noun.
            let noun = s.has(r - 1, .determiner) || s.isWord(r - 1, Keys.articles) || s.token(r - 1).kind == .number
            if s.has(r, [.dataVerb, .report]) || s.isWord(r, Keys.suggest), !s.has(r, [.infinitive, .gerund]), !noun { return true }
            r += 1
        }
        return false
    }
}
