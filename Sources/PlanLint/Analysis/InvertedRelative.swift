/// The agency as the inverted subject of a Spanish or French relative clause (`la mayor emergencia
/// a la que se enfrenta ACNUR`, `les défis qu'affronte le HCR`, `los albergues que gestiona la
/// OIM`): the verb before the agency, right after `que`, is the agency's, as `the largest emergency
/// UNHCR faces` is in English. Only an act is read; reports, data and support stay as before.
enum InvertedRelative {
    static func finding(_ g: AgencyGroup, in s: SentenceContext) -> Finding? {
        guard s.language == "es" || s.language == "fr", !g.isJoint, g.agencies.count == 1, let v = g.before, v >= g.start - 2,
              s.has(v, .verbForm), !s.has(v, [.participle, .infinitive, .gerund, .report, .dataVerb, .auxiliary, .copula]) else { return nil }
        var r = v - 1
        if s.isWord(r, Keys.reflexive) { r -= 1 }
        guard r >= 1, s.has(r, .complementizer), !s.has(r - 1, [.report, .dataVerb]) else { return nil }
        guard case .action = VerbGroup.classify(v, verb: v, in: s) else { return nil }
        return Finding(rule: .agencyAsActor, first: s.units[v].first, end: s.units[g.agencies[0]].end)
    }
}
