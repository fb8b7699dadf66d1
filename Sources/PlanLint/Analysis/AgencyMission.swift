/// The agency's mission or aim stated with a copula and an infinitive: `La mission du HCR est de
/// mener des actions de plaidoyer`, `UNHCR's mission is to advocate with the authorities`, `La
/// misión del ACNUR es abogar ante las autoridades`, `Sa mission quotidienne est plutôt de mener
/// ...`, `El objetivo principal de la OIM es fortalecer`, and, in what the agency reports, `destacó
/// que el principal objetivo es fortalecer`. The infinitive is the agency's own work, read as its
/// predicate (an act, advocacy, support), outside coordination sections and coordination roles, as
/// `IOM在南苏丹的首要任务是提供` is. A mandate (`le mandat du HCR est de protéger`, `UNHCR's mandate is
/// to protect`) is the founding text's, not an aim the agency sets itself, and is left alone.
enum AgencyMission {
    /// A finding from `first` through the infinitive (see ``predicate(noun:after:in:)``), or `nil`.
    /// An aim the lexicon names as an internal noun (`UNICEF's goal is to reach`) stays the agency's
    /// internal priority (staffing), read elsewhere.
    static func finding(noun: Int, after: Int, first: Int, in s: SentenceContext) -> Finding? {
        guard !s.has(noun, .internalNoun) else { return nil }
        switch predicate(noun: noun, after: after, in: s) {
        case .action(let r): return Finding(rule: .agencyAsActor, first: s.units[first].first, end: s.units[r].end)
        case .advocacy(let r): return Finding(rule: .agencyAdvocacy, first: s.units[first].first, end: s.units[r].end)
        default: return nil
        }
    }

    /// The predicate of the infinitive when the mission noun at `noun` is followed, from unit
    /// `after` on (past up to two adjectives right after the noun and a place), by a copula and an
    /// infinitive that is an act, advocacy or support; otherwise `nil`.
    static func predicate(noun: Int, after: Int, in s: SentenceContext) -> Predicate? {
        guard s.language != "zh", s.isWord(noun, Keys.missions), s.section != .coordination, !Predicate.namesCoordinationRole(s) else { return nil }
        var p = after
        // `Sa mission quotidienne est`, `l'objectif principal est`: adjectives.
        while after == noun + 1, p < after + 2, p < s.count, s.token(p).kind == .word, s.units[p].classes.isEmpty || s.units[p].classes == .evaluative,
              s.units[p].agency == nil, !s.isCapitalized(p) { p += 1 }
        p = Predicate.skipLocation(from: p, in: s)
        guard s.has(p, .copula), !s.has(p + 1, .participle) else { return nil }
        var r = Predicate.skipTransparent(from: p + 1, in: s)
        if s.isWord(r, Keys.infinitiveMarkers) { r = Predicate.skipTransparent(from: r + 1, in: s) }
        guard s.has(r, .infinitive) else { return nil }
        switch VerbGroup.classify(r, verb: r, in: s) {
        case .action, .support: return .action(verb: r)
        case .advocacy: return .advocacy(verb: r)
        default: return nil
        }
    }

    /// An aim the subject has, with the verb of its work after it: `La OIM tiene por finalidad
    /// reforzar`, `tiene el cometido de proporcionar`, `a pour mission de mener`, `has the objective
    /// of strengthening`. `have` is at `q`; the predicate of that verb (an act or advocacy), or
    /// `nil`. A mandate (`tiene el mandato de atender`) is the founding text's and is left alone.
    static func held(after q: Int, in s: SentenceContext) -> Predicate? {
        guard s.language != "zh", s.isWord(q, haveForms), s.section != .coordination, !Predicate.namesCoordinationRole(s) else { return nil }
        var r = q + 1
        if s.isWord(r, heldMarkers) { r += 1 }
        while r < q + 5, s.has(r, [.determiner, .possessivePronoun]) || s.isWord(r, Keys.articles) { r += 1 }
        guard s.isWord(r, Keys.missions) || s.isWord(r, heldAims) else { return nil }
        r += 1
        if s.isWord(r, Keys.infinitiveMarkers) || s.isWord(r, Keys.ofWord) { r += 1 }
        guard r < s.count, s.has(r, .infinitive) || s.language == "en" && s.has(r, .gerund) else { return nil }
        switch VerbGroup.classify(r, verb: r, in: s) {
        case .action, .support: return .action(verb: r)
        case .advocacy: return .advocacy(verb: r)
        default: return nil
        }
    }

    /// `have`, `tener`, `avoir` in the forms that state an aim (`has`, `tiene`, `a`, `ont`).
    private static let haveForms = Keys.of(["has", "have", "had", "tiene", "tienen", "tenía", "tendrá", "a", "ont", "avait", "aura"])
    /// `por`, `como`, `pour`, `comme`, `as` between `have` and the aim (`tiene por finalidad`).
    private static let heldMarkers = Keys.of(["por", "como", "pour", "comme", "as"])
    /// Aims named besides ``Keys/missions``: `cometido`, `objeto`, `propósito`, `purpose`.
    private static let heldAims = Keys.of(["cometido", "objeto", "propósito", "purpose", "vocation"])

    /// The mission noun of a noun phrase that opens at `p` (articles, then at most one adjective
    /// before or after the noun: `el principal objetivo`, `l'objectif principal`), or `nil`.
    static func noun(openingAt p: Int, in s: SentenceContext) -> Int? {
        var n = p
        while n < p + 2, s.has(n, .determiner) || s.isWord(n, Keys.articles) { n += 1 }
        if s.isWord(n, Keys.missions) { return n }
        let adjective = s.units.indices.contains(n) && s.token(n).kind == .word && (s.units[n].classes.isEmpty || s.units[n].classes == .evaluative)
        return adjective && s.isWord(n + 1, Keys.missions) ? n + 1 : nil
    }
}
