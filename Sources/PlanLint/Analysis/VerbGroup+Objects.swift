/// What follows a verb, read to classify it: money the subject holds, an advocacy or priority
/// noun, a site, people, information as its object.
extension VerbGroup {
    /// `UNICEF has USD 108 million available`, `has only 20 per cent of its requirements`, `la
    /// Unicef solo tiene un presupuesto de 5,7 millones`, `cuenta con 5,7 millones`, `dispose de
    /// 25 millions`: money the subject holds is its funding. The verb's unit and the unit after
    /// the money.
    static func heldMoney(at start: Int, in s: SentenceContext) -> (Int, Int)? {
        let v = Predicate.skipTransparent(from: start, in: s)
        // (`cuenta con`, `dispose de` may be one unit: its first word is the verb.)
        guard v < s.count, s.token(v).kind == .word, Keys.holdVerbs.contains(s.token(v).key) else { return nil }
        var r = Predicate.skipTransparent(from: v + 1, in: s)
        // `con`, `de`, `d'`, an article, a budget noun before its amount (`un presupuesto de`).
        while r < s.count, r <= v + 5, s.isWord(r, Keys.heldMoneyLinks) || s.has(r, .determiner) || s.isWord(r, Keys.articles) || s.has(r, .budgetNoun) && s.isWord(r + 1, Keys.heldMoneyLinks) {
            r += 1
        }
        guard r < s.count else { return nil }
        if s.isMoney(r), !s.has(r, .gapNoun) { return (v, r + 1) }
        // A number before its currency (`5,7 millones de dólares`) or a share of a budget (`20 per
        // cent of its requirements`).
        if s.token(r).kind == .number, (r + 1..<min(r + 4, s.count)).contains(where: { s.isMoney($0) && !s.has($0, .gapNoun) })
            || (r + 1..<min(r + 7, s.count)).contains(where: { s.has($0, .budgetNoun) }) { return (v, r + 1) }
        return nil
    }

    /// `has expressed deep concern`, `renews its appeal`, `renouvelle son appel`: an advocacy or
    /// concern noun (a base form of its lemma) within three words after verb `q`, past
    /// determiners, possessives and adjectives; its unit.
    static func advocacyNoun(after q: Int, in s: SentenceContext) -> Int? {
        var r = q + 1
        while r < s.count, r <= q + 3 {
            let t = s.token(r)
            guard t.kind == .word, !t.isClauseEnd else { return nil }
            if s.has(r, [.advocacy, .concern]), !s.has(r, [.participle, .gerund]), !s.has(r, .verbForm) || s.has(r, .infinitive) || s.language != "en" {
                return s.isWord(r - 1, Keys.to) ? nil : r
            }
            guard s.has(r, [.determiner, .possessivePronoun, .evaluative]) || s.units[r].classes.isEmpty && t.key == t.exactKey else { return nil }
            r += 1
        }
        return nil
    }

    /// `donne pour le moment la priorité aux`, `dará prioridad a`, `gives priority to`: a priority
    /// noun within five words after verb `q` (past determiners, adjectives, time phrases, no verb
    /// or comma between), followed by the preposition that names who comes first.
    static func priorityObject(after q: Int, in s: SentenceContext) -> Bool {
        guard q < s.count, s.token(q).kind == .word, !s.has(q, [.determiner, .preposition, .copula]),
              // Priority nouns are internal nouns: most verb groups have none after them.
              (q + 1..<min(q + 6, s.count)).contains(where: { s.has($0, .internalNoun) }) else { return false }
        var r = q + 1
        while r < s.count, r <= q + 5 {
            let t = s.token(r)
            guard t.kind == .word, !t.isClauseEnd else { return false }
            // Priority nouns are internal nouns: the class bit is tested before the word's hash.
            if s.has(r, .internalNoun), s.isWord(r, Keys.priorityNouns) { return s.isWord(r + 1, Keys.priorityObjects) }
            if s.has(r, .verbForm), !s.has(r, .participle) { return false }
            // `pour le moment`, `por ahora`, `for now`: the only prepositions passed.
            if s.has(r, .preposition) {
                guard let now = (r + 1...r + 2).first(where: { s.isWord($0, Keys.forNow) }) else { return false }
                r = now + 1
                continue
            }
            r += 1
        }
        return false
    }

    /// A site noun (``Keys/siteNouns``) within three words after verb `q`, past determiners,
    /// numbers and adjectives the lexicon does not know (`a new site`, `un lugar`, `un terrain`, `des terres`).
    static func siteObject(after q: Int, in s: SentenceContext) -> Bool {
        var r = q + 1
        while r < s.count, r <= q + 3, s.token(r).kind == .word || s.token(r).kind == .number {
            if s.isWord(r, Keys.siteNouns) { return true }
            guard s.has(r, .determiner) || s.isWord(r, Keys.articles) || s.isWord(r, Keys.indefinitePlurals) || s.token(r).kind == .number || s.units[r].classes.isEmpty else { return false }
            r += 1
        }
        return false
    }

    /// People or a convoy of them as the object of verb `q`, within the clause (a dated phrase
    /// between commas passed): `recevoir, en date du 27 septembre, le 6ème convoi`.
    static func peopleObject(after q: Int, in s: SentenceContext) -> Bool {
        var r = q + 1
        while r < s.count, r <= q + 14, !s.token(r).isSentenceEnd, !s.isMoney(r) {
            // `has received reports that people continue to cross`: information about people.
            if s.isWord(r, Keys.information) || s.isWord(r, Keys.reports) { return false }
            if s.isWord(r, Keys.servedPeople) || s.isWord(r, Keys.households) || s.isWord(r, Keys.convoys) { return true }
            if r > q + 1, s.has(r, .verbForm), !s.has(r, .participle) { return false }
            r += 1
        }
        return false
    }

    /// Information or data as the object of verb `q` (`gave the participants updated statistics`,
    /// `a donné ... des statistiques`, `proporcionó datos`): an information noun within five units,
    /// in the same clause.
    static func informationObject(after q: Int, in s: SentenceContext) -> Bool {
        var r = q + 1
        while r < s.count, r <= q + 5 {
            let t = s.token(r)
            if t.isClauseEnd || t.isComma || t.isSentenceEnd { return false }
            if s.isWord(r, Keys.information) { return !servesPeople(from: q + 1, in: s) }
            if r > q + 1, s.has(r, .verbForm), !s.has(r, .participle) { return false }
            r += 1
        }
        return false
    }

    /// Information about counts given by the verb at `q` (`a fourni des informations détaillées
    /// sur le nombre de personnes`, `provided figures on the number of arrivals`, `proporcionó
    /// datos sobre el número de`): a count noun within ten units of the verb, in its clause. The
    /// agency is a source of data, a data role in every section, as `registered` is.
    static func countInformation(after q: Int, in s: SentenceContext) -> Bool {
        var r = q + 1
        while r < s.count, r <= q + 10 {
            let t = s.token(r)
            if t.isClauseEnd || t.isComma || t.isSentenceEnd { return false }
            if s.isWord(r, Keys.countNouns) { return true }
            r += 1
        }
        return false
    }

    /// Whether the clause from unit `start` names the people the response serves as recipients
    /// (`information and counselling to refugees`, `gave refugees information`, `des informations
    /// aux réfugiés`): information given to them is a service to them.
    static func servesPeople(from start: Int, in s: SentenceContext) -> Bool {
        var r = start
        while r < s.count, r < start + 12 {
            let t = s.token(r)
            if t.isClauseEnd || t.isSentenceEnd { return false }
            // Recipients, not a topic (`statistics on refugees`): after `to`/`à`/`a` (and an
            // article) or right after the verb (`gave refugees`).
            if s.isWord(r, Keys.servedPeople) {
                let before = s.has(r - 1, .determiner) || s.isWord(r - 1, Keys.articles) ? r - 2 : r - 1
                if before < start || s.isWord(before, Keys.recipientMarkers) { return true }
            }
            r += 1
        }
        return false
    }
}
