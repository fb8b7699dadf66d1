/// An English agency name that modifies the nouns after it owns them, as `'s` does: its
/// programme (`the UNHCR cash programme`), what it gives or its work acting (`WFP food
/// assistance will reach`, `UNICEF actions will aim to`), its appeal or budget (`a UNHCR Supplementary Appeal`). French, Spanish and Chinese
/// name the owner with `du`, `del`, `的` (``PossessiveReader``).
enum CompoundOwner {
    /// An English agency name before one to three lowercase plain nouns ending in a programme
    /// noun (`the UNHCR cash programme`) or before the nouns of what it gives followed by a verb
    /// (`WFP food assistance will reach`): read as its possessive (`UNHCR's cash programme`) is, its
    /// programme promoted or its assistance acting; only the programme when the name is an object.
    /// Its own internal nouns are left alone (`supports UNHCR operations in the field`).
    static func finding(_ g: AgencyGroup, agency a: Int, in s: SentenceContext) -> Finding? {
        guard s.language == "en", g.agencies.count == 1, !g.isJoint, g.end < s.count else { return nil }
        var q = g.end
        var programme = false
        // A capitalized programme phrase is read too (`UNHCR Goodwill Ambassador`).
        while q < s.count, q < g.end + 3, s.token(q).kind == .word, !s.isCapitalized(q) || s.has(q, .programmeNoun), s.units[q].agency == nil,
              !s.has(q, [.auxiliary, .future, .copula, .preposition, .determiner, .separator, .internalNoun, .budgetNoun, .staffNoun, .coordinationNoun]),
              q == g.end || !s.has(q, .verbForm) || s.has(q, .programmeNoun) {
            if s.has(q, .programmeNoun) { programme = true; break }
            q += 1
        }
        // `a UNHCR Supplementary Appeal`, `the WFP Emergency Appeal`: its own appeal named (capitals
        // allowed), its funding.
        let article = g.start > 0 && (s.has(g.start - 1, .determiner) || s.isWord(g.start - 1, Keys.articles))
        if let appeal = appealNamed(after: g.end, article: article, in: s) { return Finding(rule: .agencyFunding, first: s.units[a].first, end: s.units[appeal].end) }
        guard q > g.end || programme else { return nil }
        if programme {
            let finding = PossessiveReader.after(agency: a, from: g.end, in: s)
            return finding?.rule == .agencyBranding ? finding : nil
        }
        // `WFP food assistance is the only reliable source of food`: its work praised.
        if q > g.end, !g.isObject(in: s), let finding = OwnedPraise.finding(noun: q - 1, from: a, verbAt: q, in: s) { return finding }
        guard !g.isObject(in: s), s.isWord(q - 1, Keys.givenThings) || s.isWord(q - 1, Keys.workNouns),
              case .action(let v) = Predicate.read(from: q, in: s) else { return nil }
        return Finding(rule: .agencyAsActor, first: s.units[a].first, end: s.units[v].end)
    }

    /// An appeal or budget noun at most three words after `start`, past capitalized or plain words
    /// of a name (`Supplementary`, `Emergency`). Right after the name a verb form is the agency's
    /// verb (`UNHCR appeals to donors`), unless an article before the name makes it a noun
    /// phrase (`The UNHCR appeal was 40 per cent funded`).
    private static func appealNamed(after start: Int, article: Bool, in s: SentenceContext) -> Int? {
        var q = start
        while q < s.count, q < start + 4, s.token(q).kind == .word, s.units[q].agency == nil {
            if s.has(q, .budgetNoun) { return q > start || article || !s.has(q, .verbForm) ? q : nil }
            guard s.units[q].classes.isEmpty || s.isCapitalized(q) && !s.has(q, [.verbForm, .auxiliary, .preposition]) else { return nil }
            q += 1
        }
        return nil
    }
}
