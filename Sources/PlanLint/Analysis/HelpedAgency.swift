/// The agency as the object of a help verb in an appeal for money (`The funds are needed to help
/// UNICEF distribute ...`, `pour aider l'UNICEF à distribuer`, `para ayudar al UNICEF a
/// distribuir`): the act helped is the agency's, and the money asked for pays for it. Without
/// money in the sentence, help given to an agency is left alone.
enum HelpedAgency {
    /// Every form of `help`, `aider` and `ayudar`, generated from the lemmas.
    static let helpVerbs = Keys.of(EnglishInflection.forms(of: "help") + FrenchConjugation.forms(of: "aider").map(\.0)
                                   + SpanishConjugation.forms(of: "ayudar").map(\.0))

    /// A funding finding from the help verb to the helped act, or `nil`.
    static func finding(_ g: AgencyGroup, in s: SentenceContext) -> Finding? {
        guard s.language != "zh", !g.isJoint, g.agencies.count == 1 else { return nil }
        var h = g.start - 1
        while h >= 0, h >= g.start - 3, s.has(h, .determiner) || s.isWord(h, Keys.articles) || s.isWord(h, Keys.causativeObject) { h -= 1 }
        guard h >= 0, s.isWord(h, helpVerbs) else { return nil }
        var r = g.end
        if s.isWord(r, Keys.infinitiveMarkers) { r += 1 }
        r = Predicate.skipTransparent(from: r, in: s)
        guard r < s.count, s.has(r, .action), s.units.indices.contains(where: { s.isMoney($0) }) else { return nil }
        return Finding(rule: .agencyFunding, first: s.units[h].first, end: s.units[r].end)
    }
}
