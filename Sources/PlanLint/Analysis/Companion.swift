/// A companion phrase without commas between a subject and its verb: `Acnur junto a la Cruz Roja
/// está instalando`, `ACNUR junto a la OIM brinda`, `Le HCR aux côtés de la Croix-Rouge installe`,
/// `Le HCR conjointement avec l'OIM distribue`, `UNHCR alongside IOM provides`, `UNHCR in
/// partnership with the Red Cross is installing`. The verb agrees with the subject alone, which
/// acts with its companion's help, as it does when commas enclose the phrase. A companion that is
/// the government, a collective or the agency's partners (`junto al gobierno`, `aux côtés de ses
/// partenaires`) is left to the readings of joint subjects and of the agency and its partners.
enum Companion {
    /// The unit where the verb group starts after a companion phrase at `start`, or `start`.
    static func skip(from start: Int, in s: SentenceContext) -> Int {
        guard s.language != "zh", start + 1 < s.count, let first = phraseStart(at: start, in: s) else { return start }
        var q = first
        while q < s.count, q < first + 7, s.token(q).kind == .word || s.token(q).isMark("-") {
            // A noun that is also a verb form after an article is the noun (`la Cruz Roja`).
            let finite = s.has(q, .verbForm) && !s.has(q, [.infinitive, .participle, .gerund]) && !s.has(q - 1, .determiner) && !s.isWord(q - 1, Keys.articles)
            if q > first, finite || s.has(q, [.auxiliary, .future, .inflectedFuture]) { return q }
            if s.has(q, [.collective, .partnersWord, .itsPartners, .possessivePronoun, .subjectPronoun, .separator, .complementizer, .agencyReference])
                || s.isWord(q, Keys.governmentBodies) { return start }
            q += 1
        }
        return start
    }

    /// The unit after the companion marker at `p`: `junto a`, `junto con`, `junto al`, `together
    /// with`, `along with`, `alongside`; `aux côtés de`; `avec`, `con`, `with` after `conjointement`,
    /// `conjuntamente`, `jointly`; `en collaboration avec`, `en colaboración con`, `in partnership
    /// with` and their kind (a preposition of three words whose second names working together).
    private static func phraseStart(at p: Int, in s: SentenceContext) -> Int? {
        let unit = s.units[p]
        let t = s.token(p)
        if Keys.companionHeads.contains(t.key) {
            if unit.end - unit.first > 1 || s.has(p, [.preposition, .separator]) { return p + 1 }
            return s.isWord(p + 1, Keys.companionLinks) ? p + 2 : nil
        }
        if s.isWord(p, Keys.aux), s.isWord(p + 1, Keys.sides), s.has(p + 2, .possessiveBefore) { return p + 3 }
        if s.isWord(p, Keys.with), s.isWord(p - 1, Keys.jointly) { return p + 1 }
        if unit.end - unit.first == 3, s.has(p, .preposition), Keys.workingTogether.contains(s.tokens[unit.first + 1].key) { return p + 1 }
        return nil
    }
}
