/// A clause with no subject of its own after an agency's source phrase (`Según estimaciones del
/// PMA, necesitará 20 millones de dólares`; `Selon le PAM, il lui faudra 20 millions`): the
/// Spanish finite verb in the third person singular right after the comma has the agency as its
/// subject, and the French dative pronoun after the impersonal `il` is the agency. Only a funding
/// need with money is read so: a verb with a subject after it (`necesitarán ayuda 2 millones de
/// personas`) stays a data citation.
enum SourceSubject {
    /// A funding finding from the source phrase to the need, or `nil`.
    static func finding(in s: SentenceContext) -> Finding? {
        guard s.language == "es" || s.language == "fr",
              let source = s.units.indices.first(where: { s.has($0, .attribution) }), source <= 2,
              let comma = (source + 1..<min(source + 8, s.count)).first(where: { s.isComma($0) }) else { return nil }
        // One agency, named, in the source phrase (not two: a joint estimate).
        let agencies = (source + 1..<comma).filter { s.units[$0].agency != nil }
        guard agencies.count == 1, !(source + 1..<comma).contains(where: { s.has($0, [.separator, .collective]) }) else { return nil }
        var p = comma + 1
        if s.language == "fr" {
            // `il lui faut`, `il lui faudra`, `il lui manque`.
            guard s.isWord(p, Keys.impersonal), s.isWord(p + 1, Keys.dativePronouns), s.isWord(p + 2, Keys.needWords) || s.isWord(p + 2, Keys.lackWords),
                  VerbGroup.moneyFollows(p + 2, in: s) else { return nil }
            return Finding(rule: .agencyFunding, first: s.units[source].first, end: s.units[p + 2].end)
        }
        p = Predicate.skipTransparent(from: p, in: s)
        guard s.has(p, .funding), !s.has(p, [.participle, .infinitive, .gerund]), !s.prose.hasFoldedSuffix(s.token(p), "n"),
              VerbGroup.moneyFollows(p, in: s) else { return nil }
        return Finding(rule: .agencyFunding, first: s.units[source].first, end: s.units[p].end)
    }
}
