/// Where the subject is and what it is there for: a place then a purpose (`est à Birak pour
/// informer`, `is headed to eastern Chad to help`), coordinating in order to help, a Spanish
/// `donde` clause after the subject's presence, and presence phrases. Part of reading a verb group
/// (``VerbGroup/read(at:in:)``).
extension VerbGroup {
    /// The purpose infinitive after a place the subject is at or heading to (see ``purposeAct``):
    /// `q` is a place preposition right after a copula (`is in`, `est à`, `está en`; in Spanish
    /// also after the auxiliary `se encuentra`), an English participle of whereabouts after a
    /// copula (`is headed to`), or a French or Spanish reflexive verb of whereabouts (`se trouve
    /// à`, `se dirige a`). The place comes before the purpose.
    static func whereaboutsPurpose(at q: Int, copula: Bool, auxiliary: Bool, in s: SentenceContext) -> Int? {
        guard q + 2 < s.count else { return nil }
        var r = q
        if s.language == "en" {
            guard copula, s.isWord(r, Keys.place) || s.isWord(r, Keys.whereabouts) && s.isWord(r + 1, Keys.placeOrDirection) else { return nil }
            return placedPurpose(after: r, in: s)
        }
        if s.isWord(r, Keys.reflexive), s.isWord(r + 1, Keys.reflexiveWhereabouts) { r += 1 }
        if s.isWord(r, Keys.reflexiveWhereabouts), s.isWord(r - 1, Keys.reflexive) {
            return s.isWord(r + 1, Keys.placeOrDirection) ? placedPurpose(after: r, in: s) : nil
        }
        guard copula || auxiliary, s.isWord(r, Keys.place) else { return nil }
        return placedPurpose(after: r, in: s)
    }

    /// ``purposeAct`` within twelve units after `r`, when a place stands before the purpose: a
    /// name (`Birak`, `eastern Chad`) or a place noun (``Keys/placeNouns``: `the border`, `au camp`).
    static func placedPurpose(after r: Int, in s: SentenceContext) -> Int? {
        guard let v = purposeAct(after: r, within: 12, in: s) else { return nil }
        let placed = (r + 1..<v).contains { u in
            s.token(u).kind == .word && s.units[u].agency == nil && (s.isCapitalized(u) || s.isAllCaps(u) || s.isWord(u, Keys.placeNouns))
        }
        return placed ? v : nil
    }

    /// The infinitive after a purpose marker (`pour`, `to`, `para`, `afin de`) within `limit` units
    /// after `q`, when it is an act (action, funding, support): a place with an apposition may
    /// stand before the marker (`se trouve vers Birak, à côté de la frontière, pour informer`).
    static func purposeAct(after q: Int, within limit: Int = 8, in s: SentenceContext) -> Int? {
        var r = q + 1
        while r < s.count, r <= q + limit {
            let t = s.token(r)
            if t.isClauseEnd || t.isSentenceEnd || s.has(r, .agentMarker) { return nil }
            if s.isWord(r, Keys.purpose), r + 1 < s.count {
                let v = s.isWord(r + 1, Keys.de) ? r + 2 : r + 1
                // `to` before a place (`headed to eastern Chad to help`): the purpose comes later.
                guard s.has(v, .verbForm) || s.has(v, WordClass.meanings) else { r += 1; continue }
                // `para informar a los refugiados`: informing as a purpose is no report of the
                // subject's words but a coordination task, an act outside coordination.
                if s.has(v, .report), s.has(v, .infinitive) { return s.section == .coordination || Predicate.namesCoordinationRole(s) ? nil : v }
                // What the subject is there to do (`to receive the returnees`: receiving people, not money).
                switch classify(v, verb: v, in: s) {
                case .action, .funding, .support: return v
                default: return nil
                }
            }
            r += 1
        }
        return nil
    }

    /// `Le HCR se coordonne avec les autorités pour les aider à enregistrer`, `UNHCR coordinates
    /// with the authorities to help them register`, `se coordina con las autoridades para ayudarlas`:
    /// coordinating (``Keys/coordinateVerbs``; not leading) in order to help or support someone is
    /// helping them, the subject's act outside coordination sections and coordination roles (`to
    /// ensure a coherent response` stays a coordination role). The unit of the help verb, or `nil`.
    static func coordinationToHelp(after q: Int, in s: SentenceContext) -> Int? {
        guard s.section != .coordination, !Predicate.namesCoordinationRole(s),
              let r = (q + 1..<min(q + 10, s.count)).first(where: { s.isWord($0, Keys.purpose) || s.token($0).isClauseEnd || s.isComma($0) }),
              s.isWord(r, Keys.purpose) else { return nil }
        var v = s.isWord(r + 1, Keys.de) ? r + 2 : r + 1
        // `pour les aider`: an object clitic before the infinitive.
        if s.language != "en", s.isWord(v, s.language == "fr" ? Keys.frenchObjectClitics : Keys.spanishClitics), s.has(v + 1, .infinitive) { v += 1 }
        guard s.has(v, .infinitive) || s.has(v, .verbForm) && s.isWord(r, Keys.to), s.has(v, .support) || s.isWord(v, Keys.helpVerbs),
              !s.has(v, [.coordination, .mandate]) else { return nil }
        return v
    }

    /// `está presente en Boa Vista, en la frontera, donde asistió a los migrantes`: a Spanish
    /// relative clause of place after the subject's presence, with no subject of its own and a verb
    /// in the singular (not `donde llegan miles de personas`), says what the subject does there
    /// (French and English name the subject again: `où elle a assisté`, `where it assisted`). The
    /// unit of its verb when it is an act or support, else `nil`.
    static func whereAct(after q: Int, in s: SentenceContext) -> Int? {
        guard s.language == "es", let w = (q + 1..<min(q + 14, s.count)).first(where: { s.isWord($0, Keys.relativeWhere) }), s.isComma(w - 1),
              !(q + 1..<w).contains(where: { s.token($0).isClauseEnd || s.has($0, [.verbForm, .auxiliary]) }) else { return nil }
        let v = Predicate.skipTransparent(from: w + 1, in: s)
        guard v < s.count, s.has(v, [.verbForm, .auxiliary]) || s.units[v].classes.isEmpty && s.token(v).kind == .word,
              !s.has(v, [.participle, .infinitive, .gerund, .determiner]), !s.prose.hasFoldedSuffix(s.token(v), "n") else { return nil }
        switch read(at: v, in: s).0 {
        case .action(let a), .support(let a): return a
        default: return nil
        }
    }

    /// A presence phrase (``Keys/presence``) starting at unit `q`.
    static func presence(at q: Int, in s: SentenceContext) -> Bool {
        guard q < s.count else { return false }
        let first = s.units[q].first
        return Keys.presence.contains { phrase in
            first + phrase.count <= s.tokens.count && phrase.indices.allSatisfy { s.tokens[first + $0].key == phrase[$0] }
        }
    }
}
