/// The agency's mission stated with a copula and an infinitive: `La mission du HCR est de mener
/// des actions de plaidoyer`, `UNHCR's mission is to advocate with the authorities`, `La misión
/// del ACNUR es abogar ante las autoridades`, `Sa mission quotidienne est plutôt de mener ...`. The
/// infinitive is the agency's own work, read as its predicate (an act, advocacy, support), outside
/// coordination sections and coordination roles, as `IOM在南苏丹的首要任务是提供` is. A mandate (`le
/// mandat du HCR est de protéger`, `UNHCR's mandate is to protect`) is the founding text's, not a
/// mission the agency sets itself, and is left alone.
enum AgencyMission {
    /// A finding from `first` through the infinitive when the mission noun at `noun` is followed,
    /// from unit `after` on (past up to two adjectives after the noun), by a copula and an
    /// infinitive; otherwise `nil`.
    static func finding(noun: Int, after: Int, first: Int, in s: SentenceContext) -> Finding? {
        guard s.language != "zh", s.isWord(noun, Keys.missions), s.section != .coordination, !Predicate.namesCoordinationRole(s) else { return nil }
        var p = after
        // `Sa mission quotidienne est`: adjectives the lexicon does not know.
        while after == noun + 1, p < after + 2, p < s.count, s.token(p).kind == .word, s.units[p].classes.isEmpty, s.units[p].agency == nil, !s.isCapitalized(p) { p += 1 }
        p = Predicate.skipLocation(from: p, in: s)
        guard s.has(p, .copula), !s.has(p + 1, .participle) else { return nil }
        var r = Predicate.skipTransparent(from: p + 1, in: s)
        if s.isWord(r, Keys.infinitiveMarkers) { r = Predicate.skipTransparent(from: r + 1, in: s) }
        guard s.has(r, .infinitive) else { return nil }
        switch VerbGroup.classify(r, verb: r, in: s) {
        case .action, .support: return Finding(rule: .agencyAsActor, first: s.units[first].first, end: s.units[r].end)
        case .advocacy: return Finding(rule: .agencyAdvocacy, first: s.units[first].first, end: s.units[r].end)
        default: return nil
        }
    }
}
