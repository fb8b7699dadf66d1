/// The agency as the inverted subject of a Spanish or French relative clause (`la mayor emergencia
/// a la que se enfrenta ACNUR`, `les défis qu'affronte le HCR`, `los albergues que gestiona la
/// OIM`, `las actividades que lleva a cabo el ACNUR`): the verb before the agency (and its particle),
/// right after `que`, is the agency's, as `the largest emergency UNHCR faces` is in English. Only an
/// act is read; reports, data and support stay as before.
enum InvertedRelative {
    /// The particles of a verb phrase between the verb and the agency (`lleva adelante`, `lleva a
    /// cabo`, `met en œuvre`, `met en place`), as one unit or with the word that opens them as
    /// another (`a`, `en`).
    static let particles: Set<String> = ["adelante", "a cabo", "cabo", "en œuvre", "en oeuvre", "œuvre", "oeuvre", "en place", "place"]
    static let particleOpeners = Keys.of(["a", "en"])

    static func finding(_ g: AgencyGroup, in s: SentenceContext) -> Finding? {
        guard s.language == "es" || s.language == "fr", !g.isJoint, g.agencies.count == 1, var v = g.before, v >= g.start - 2 else { return nil }
        // `las actividades que lleva adelante el PMA`, `que met en œuvre le HCR`.
        if particles.contains(s.text(s.units[v].first, s.units[v].end).lowercased()) {
            v -= 1
            if s.isWord(v, particleOpeners) { v -= 1 }
        }
        // (A verb phrase of the lexicon is one unit of its class: `lleva a cabo`, `met en œuvre`.)
        guard s.has(v, .verbForm) || s.has(v, .action), !s.has(v, [.participle, .infinitive, .gerund, .report, .dataVerb, .auxiliary, .copula]) else { return nil }
        var r = v - 1
        if s.isWord(r, Keys.reflexive) { r -= 1 }
        guard r >= 1, s.has(r, .complementizer), !s.has(r - 1, [.report, .dataVerb]) else { return nil }
        guard case .action = VerbGroup.classify(v, verb: v, in: s) else { return nil }
        return Finding(rule: .agencyAsActor, first: s.units[v].first, end: s.units[g.agencies[0]].end)
    }
}
