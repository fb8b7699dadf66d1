/// The rules about agency mentions, applied to each agency group of a sentence in turn:
/// possessives (branding, funding, staff), `and its partners`, then the predicate (actor,
/// funding), with coordination roles and objects of prepositions left alone.
enum AgencyAnalyzer {
    static func findings(in s: SentenceContext) -> [Finding] {
        var out: [Finding] = []
        var u = 0
        while u < s.count {
            guard s.isAgency(u) else { u += 1; continue }
            let group = AgencyGroup(at: u, in: s)
            if let finding = analyze(group, in: s) { out.append(finding) }
            u = max(group.end, u + 1)
        }
        return out
    }

    private static func analyze(_ g: AgencyGroup, in s: SentenceContext) -> Finding? {
        let lastAgency = g.agencies[g.agencies.count - 1]
        if let b = g.before, s.has(b, .fundingPreposition), let finding = PossessiveReader.fundingFor(g, preposition: b, in: s) {
            return finding
        }
        if g.end == lastAgency + 1, g.end < s.count, s.token(g.end).kind == .possessive || s.has(g.end, .possessive) {
            return PossessiveReader.after(agency: lastAgency, from: g.end + 1, in: s)
        }
        if let b = g.before, s.has(b, .possessiveBefore), let finding = PossessiveReader.before(g, marker: b, in: s) {
            return finding
        }
        let p = g.end
        let joiner = s.isComma(p) && s.has(p + 1, .preposition) ? p + 1 : p
        if s.has(joiner, [.separator, .preposition]), s.has(joiner + 1, .itsPartners) {
            let fix = joiner == p && s.has(p, .separator) ? FixItWriter.partners(g, through: p + 1, in: s) : nil
            return finding(.agencyAndItsPartners, g, through: joiner + 1, s, fix: fix)
        }
        if g.isObject(in: s) {
            guard let b = g.before, s.has(b, .gerundHost), s.has(p, .action), s.prose.hasFoldedSuffix(s.token(p), "ing") else { return nil }
            return finding(.agencyAsActor, g, through: p, s, fix: nil)
        }
        switch Predicate.read(from: p, in: s) {
        case .none, .coordination:
            return nil
        case .support(let v):
            return s.section == .coordination || !g.collectives.isEmpty ? nil : finding(.agencyAsActor, g, through: v, s, fix: nil)
        case .funding(let v):
            let money = (v + 1..<s.count).contains { s.has($0, [.money, .budgetNoun]) }
            return money ? finding(.agencyFunding, g, through: v, s, fix: nil) : nil
        case .action(let v):
            if s.section == .coordination, (v + 1..<min(v + 4, s.count)).contains(where: { s.has($0, .coordinationNoun) }) { return nil }
            if g.isAgencyAndBarePartners(in: s) {
                return finding(.agencyAndItsPartners, g, through: g.end - 1, s, fix: FixItWriter.partners(g, through: g.end - 1, in: s))
            }
            guard g.collectives.isEmpty else { return nil }
            return finding(.agencyAsActor, g, through: v, s, fix: FixItWriter.actor(g, verb: v, in: s))
        }
    }

    /// A finding over units `g.start...last`.
    static func finding(_ rule: LanguageRule, _ g: AgencyGroup, through last: Int, _ s: SentenceContext, fix: Rewrite?) -> Finding {
        Finding(rule: rule, first: s.units[g.start].first, end: s.units[max(last, g.start)].end, fix: fix)
    }
}
