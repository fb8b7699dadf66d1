/// The agency as the agent of a passive: `by`, `par`, `por`, `由` and the participle before it.
extension AgencyAnalyzer {
    /// Acts named as nouns whose agent follows (`operation by`, `distribution par`, `despliegue
    /// por`), and those an agency announces (``AnnouncedAct/actNouns``).
    private static let actNouns = Keys.of(AnnouncedAct.actNounWords + ["operation", "operations", "distribution", "distributions", "deployment",
                                                                         "intervention", "interventions", "airlift",
                                                                         "opération", "opérations", "déploiement",
                                                                         "operación", "operaciones", "distribución", "distribuciones", "despliegue",
                                                                         "intervención", "intervenciones"])

    /// `is being sought by WFP`, `was provided with a shelter by IOM`, `由...提供`: the agent of a
    /// passive clause acts. `the Building Blocks platform, run by WFP,` promotes its programme.
    static func passiveAgent(_ g: AgencyGroup, in s: SentenceContext) -> Finding? {
        // The article before a full name is a unit of its own (`par l'`Organisation internationale).
        guard let before = g.before, before == g.start - 1 || s.has(g.start - 1, .determiner) || before == g.start - 2 && s.isWord(g.start - 1, Keys.articles) else { return nil }
        // The agency's staff as the agent (`par des membres de l'OIM`, `por personal de la OIM`, `by
        // staff of IOM`): the marker before the staff noun.
        var b = before
        if Keys.genitive.contains(s.token(before).key) || s.isWord(before, Keys.ofWord), s.has(before - 1, .staffNoun), !s.isWord(before - 1, Keys.premises) {
            var m = before - 2
            if s.has(m, .determiner) || s.isWord(m, Keys.articles) || s.isWord(m, Keys.indefinitePlurals) { m -= 1 }
            if m >= 0, s.has(m, .agentMarker) { b = m }
        }
        guard s.has(b, .agentMarker) else { return nil }
        // `A relocation operation by the UN Refugee Agency has started`: the agent of an act named
        // as a noun, right before the marker.
        if s.language != "zh", !g.isJoint, g.agencies.count == 1, b >= 1, s.isWord(b - 1, actNouns) {
            return Finding(rule: .agencyAsActor, first: s.units[b - 1].first, end: s.units[g.agencies[0]].end)
        }
        if s.language == "zh" {
            guard s.isWord(b, Keys.chineseAgent) else { return nil }
            // `本文件由难民署编写`: a document's credits name its author.
            if b > 0, Keys.chineseDocuments.contains(where: { HanziFold.fold(s.text(s.units[0].first, s.units[b].first)).contains($0) }) { return nil }
            // `登记工作主要由国际移民组织负责`: a task that is the agency's responsibility, a mandate.
            if ResponsibilityMandate.states(from: g.end, in: s) { return nil }
            switch ChinesePredicate.read(from: g.end, in: s, clauses: false) {
            // `本计划由难民署与合作伙伴共同制定`: the plan made by its coordinator (``PlanObject``).
            case .action(let v) where PlanObject.madeInPassive(verb: v, agentMarker: b, in: s): return nil
            case .action(let v): return Finding(rule: .agencyAsActor, first: s.units[b].first, end: s.units[v].end)
            case .funding(let v): return Finding(rule: .agencyFunding, first: s.units[b].first, end: s.units[v].end)
            default: return nil
            }
        }
        var q = b - 1
        while q >= 0, q >= b - 10, !s.token(q).isClauseEnd, !s.token(q).isSentenceEnd {
            if let finding = futureCount(q, in: s, agent: g) { return finding }
            // `Les migrants sont escortés par l'OIM`: a participle the lexicon does not know, by its
            // ending, right after a copula and before the agent, is an act done to the people.
            // Only what is done to the people the response serves (`les migrants`, `refugees`).
            if q == b - 1, s.has(q - 1, .copula), unknownParticiple(q, in: s), !g.isJoint, s.section != .coordination,
               (0..<(q - 1)).contains(where: { s.isWord($0, Keys.servedPeople) }) {
                return Finding(rule: .agencyAsActor, first: s.units[q - 1].first, end: s.units[g.start].end)
            }
            // `a newly built shelter by IOM`: a participle between an adverb or an article and its
            // noun is an adjective; the agent belongs to the verb before (`was provided with`).
            if s.has(q, .participle), q + 1 < b, s.token(q + 1).kind == .word, s.units[q + 1].agency == nil,
               !s.has(q + 1, [.participle, .preposition, .agentMarker, .auxiliary, .copula, .determiner, .separator]),
               s.has(q - 1, .determiner) || s.isWord(q - 1, Keys.articles) || s.token(q - 1).kind == .word && s.units[q - 1].classes.isEmpty && s.prose.hasFoldedSuffix(s.token(q - 1), "ly") {
                q -= 1
                continue
            }
            if s.has(q, .participle) {
                var a = q - 1
                while a >= 0, s.has(a, [.transparent, .timeWord, .negation]) && !s.has(a, [.copula, .auxiliary]) || s.isWord(a, Keys.being) { a -= 1 }
                if a >= 0, s.has(a, [.copula, .auxiliary]) {
                    // `This document has been produced by UNHCR`, `Ce document a été élaboré par le
                    // HCR`: a document's or a study's credits name its author, not an act.
                    if (max(0, a - 4)..<a).contains(where: { s.isWord($0, Keys.documents) || s.isWord($0, Keys.studies) }) { return nil }
                    // `The plan was developed by UNHCR and partners`: the plan made by its
                    // coordinator, a coordination role (``PlanObject``).
                    if PlanObject.madeInPassive(verb: q, agentMarker: a, in: s) { return nil }
                    switch VerbGroup.classify(q, verb: q, in: s) {
                    case .action: return Finding(rule: .agencyAsActor, first: s.units[a].first, end: s.units[g.start].end)
                    // `have been assisted by UNHCR`: support given by one agency, outside coordination.
                    case .support where s.section != .coordination && !g.isJoint:
                        return Finding(rule: .agencyAsActor, first: s.units[a].first, end: s.units[g.start].end)
                    case .funding: return Finding(rule: .agencyFunding, first: s.units[a].first, end: s.units[g.start].end)
                    default: return nil
                    }
                }
                if q == b - 1, s.isComma(q - 1), q >= 2, s.has(q - 2, .programmeNoun) || s.isCapitalized(q - 2), case .action = VerbGroup.classify(q, verb: q, in: s) {
                    return Finding(rule: .agencyBranding, first: s.units[q - 2].first, end: s.units[g.start].end)
                }
                // A reduced relative: `un bateau affrété par l'OIM`, `aid distributed by WFP`. The
                // participle follows its noun directly; a report or data noun is a source instead
                // (`an assessment conducted by UNHCR`).
                // Two participles may share the agent (`un refugio financiado y administrado por la
                // OIM`, `a shelter funded and run by IOM`): the noun comes before the first.
                let shared = q >= 3 && s.has(q - 1, .separator) && s.token(q - 1).kind == .word && s.has(q - 2, .participle)
                let head = shared ? q - 3 : q - 1
                // `funds raised by UNHCR and partners`: the agency and its bare partners as one agent.
                let withPartners = g.isAgencyAndBarePartners(in: s)
                if q == b - 1 || Locution.ends(after: q, before: b, in: s), head >= 0, !g.isJoint || withPartners, g.agencies.count == 1, s.section != .coordination, s.token(head).kind == .word,
                   !s.has(head, [.report, .dataVerb, .citation, .preposition, .determiner, .copula, .auxiliary, .participle]) && s.units[head].agency == nil, !s.isWord(head, Keys.studies),
                   // A coordination body an agency hosts (`the coordination team hosted by UNHCR`).
                   !(max(0, head - 2)..<q).contains(where: { s.has($0, .coordinationNoun) }) {
                    let meaning = Predicate.strongest(VerbGroup.classify(q, verb: q, in: s), shared ? VerbGroup.classify(q - 2, verb: q - 2, in: s) : .none)
                    let rule: LanguageRule? = switch meaning {
                    case .action: withPartners ? .agencyAndItsPartners : .agencyAsActor
                    // `the funds raised by UNHCR`, `les fonds collectés par le HCR`: money in its name.
                    case .funding where s.isMoney(head): withPartners ? .agencyAndItsPartners : .agencyFunding
                    default: nil
                    }
                    if let rule { return Finding(rule: rule, first: s.units[head].first, end: s.units[g.start].end) }
                }
                // The nearest participle takes the agent (`produced by the team hosted by UNHCR`).
                return nil
            }
            if s.isComma(q) { break }
            q -= 1
        }
        return nil
    }

    /// A word the lexicon does not know with the ending of a participle (`escortés`, `escoltados`,
    /// `escorted`).
    private static func unknownParticiple(_ q: Int, in s: SentenceContext) -> Bool {
        let t = s.token(q)
        guard VerbGroup.unknownLowerCaseWord(q, in: s), t.byteCount > 4 else { return false }
        let endings: [String]
        switch s.language {
        case "fr": endings = ["é", "és", "ée", "ées"]
        case "es": endings = ["ado", "ados", "ada", "adas", "ido", "idos", "ida", "idas"]
        case "en": endings = ["ed"]
        default: return false
        }
        return endings.contains { s.prose.hasFoldedSuffix(t, $0) }
    }

    /// A count in the future passive is work still to do (`will be identified by UNHCR`, `seront
    /// identifiés par le HCR`, `serán identificados por el ACNUR`): the agency acts. In the past
    /// (`were identified by UNHCR`) it is a data role, as `registered` is.
    private static func futureCount(_ q: Int, in s: SentenceContext, agent g: AgencyGroup) -> Finding? {
        guard s.has(q, .dataVerb), !s.has(q, .report) else { return nil }
        var a = q - 1
        while a >= 0, s.has(a, [.transparent, .timeWord, .negation]) && !s.has(a, [.copula, .auxiliary]) { a -= 1 }
        guard a >= 0, s.has(a, [.copula, .auxiliary]) else { return nil }
        let will = s.has(a - 1, .future)
        guard will || Keys.futureMarkers.contains(s.token(a).key) else { return nil }
        return Finding(rule: .agencyAsActor, first: s.units[will ? a - 1 : a].first, end: s.units[g.start].end)
    }
}
