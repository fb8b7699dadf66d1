/// The rules about agency mentions, applied to each agency group of a sentence in turn:
/// possessives (branding, funding, staff), `and its partners`, the agency as the object of a
/// causative (`forced UNICEF to close`) or the agent of a passive (`is being sought by WFP`),
/// then the predicate of the agency as subject (actor, funding, advocacy, self-promotion,
/// staffing), with coordination roles and objects of prepositions left alone; brands named in a
/// sentence that names an agency.
enum AgencyAnalyzer {
    static func findings(in s: SentenceContext) -> [Finding] {
        var out: [Finding] = []
        if s.speaker > 0, let finding = Spokesperson.finding(in: s) { out.append(finding) }
        var u = 0
        var sawAgency = false
        while u < s.count {
            guard s.isAgency(u) else { u += 1; continue }
            sawAgency = true
            let group = AgencyGroup(at: u, in: s)
            if let finding = analyze(group, in: s) { out.append(finding) }
            u = max(group.end, u + 1)
        }
        if !sawAgency, let finding = SourceSubject.finding(in: s) ?? ZeroSubject.finding(in: s) { out.append(finding) }
        if sawAgency, let brand = s.units.indices.first(where: { s.isBrand($0) }), !out.contains(where: { $0.rule == .agencyBranding }) {
            let next = Predicate.skipTransparent(from: brand + 1, in: s)
            if !s.has(next, .dataVerb) { out.append(Finding(rule: .agencyBranding, first: s.units[brand].first, end: s.units[brand].end)) }
        }
        // `a UNHCR-supported transit camp`: an agent written as one word with its participle.
        if out.isEmpty { out += HyphenatedAgent.findings(in: s) }
        return out
    }

    private static func analyze(_ g: AgencyGroup, in s: SentenceContext) -> Finding? {
        let lastAgency = g.agencies[g.agencies.count - 1]
        // The unit after the last agency's name and its acronym in brackets (`联合国难民署(UNHCR)的`).
        let nameEnd = AgencyGroup.skipAcronym(after: lastAgency + 1, in: s)
        if s.has(lastAgency, .possessivePronoun) {
            // Only after the agency named last, in the sentence or the one before
            // (``PossessiveAntecedent``): `son`, `sa`, `ses`, `su`, `sus` also mean his, her, their.
            guard g.agencies.count == 1, s.language != "zh", PossessiveAntecedent.refersToAgency(lastAgency, in: s) else { return nil }
            // `Sa mission quotidienne est de mener`, `its mission is to advocate`.
            if let finding = AgencyMission.finding(noun: lastAgency + 1, after: lastAgency + 2, first: lastAgency, in: s) { return finding }
            // `its teams will ...`: the agency's staff act (`its` alone says nothing more).
            guard s.has(lastAgency + 1, .staffNoun) else { return nil }
            switch Predicate.read(from: lastAgency + 2, in: s) {
            case .action(let v): return Finding(rule: .agencyAsActor, first: s.units[lastAgency].first, end: s.units[v].end)
            // `its teams are assisting`: its staff supporting, outside coordination sections.
            case .support(let v) where s.section != .coordination && !s.isWord(lastAgency + 1, Keys.premises):
                return Finding(rule: .agencyAsActor, first: s.units[lastAgency].first, end: s.units[v].end)
            default: return nil
            }
        }
        // `监督办公室对难民署的系统进行了审核`: what `对` introduces is what someone else acts on.
        if s.language == "zh", g.start >= 1, Keys.chineseToward.contains(s.hanziWord(g.start - 1)), g.end < s.count,
           s.has(AgencyGroup.skipAcronym(after: g.end, in: s), .possessive) { return nil }
        // `包括无国界医生的数个人道救援组织`: organizations that include the agency, a group it is one of.
        if s.language == "zh", g.start >= 1, g.end < s.count, s.has(g.end, .possessive),
           Keys.chineseIncluding.contains(where: HanziFold.fold(s.text(s.units[max(0, g.start - 2)].first, s.units[g.start - 1].end)).hasSuffix) { return nil }
        if let b = g.before, s.has(b, .fundingPreposition), !g.isJoint, let finding = PossessiveReader.fundingFor(g, preposition: b, in: s) {
            return finding
        }
        if let b = g.before, !g.isJoint, g.agencies.count == 1, let finding = priorityFor(g, preposition: b, in: s) { return finding }
        if let finding = ChineseGiftTo.finding(g, in: s) ?? ChineseEffortsCredit.finding(g, in: s) { return finding }
        if DataRelative.isSource(g, in: s) || ChineseAddressee.isAddressee(g, in: s) { return nil }
        if let finding = ConcernExperiencer.finding(g, in: s) { return finding }
        if let finding = AgencyLack.finding(g, in: s) { return finding }
        if let finding = SufferedCuts.finding(g, in: s) { return finding }
        if let finding = HelpedAgency.finding(g, in: s) ?? DonationToAgency.finding(g, in: s) ?? DonationCall.finding(g, in: s) { return finding }
        if let finding = AgencyOwnedSubject.finding(g, in: s) { return finding }
        if let finding = ReadyResultative.finding(g, in: s) { return finding }
        if let finding = causative(g, in: s) { return finding }
        if let finding = passiveAgent(g, in: s) { return finding }
        if let finding = ReceivedAssistance.finding(g, in: s) { return finding }
        if let finding = invertedAdvocacy(g, in: s) ?? ReportedNeed.finding(after: g, in: s) { return finding }
        if let finding = InvertedRelative.finding(g, in: s) { return finding }
        // `粮食署获得的资金`, `难民署筹集的资金`: money the agency received or raised, in its name.
        if s.language == "zh", g.end == nameEnd, !g.isJoint, s.has(g.end, WordClass.meanings), s.has(g.end + 1, .possessive), s.has(g.end + 2, [.budgetNoun, .gapNoun]) {
            return Finding(rule: .agencyFunding, first: s.units[lastAgency].first, end: s.units[g.end + 2].end)
        }
        // `联合国难民署亲善大使`: a programme noun (no verb) right after the agency, its brand.
        if s.language == "zh", g.end == nameEnd, !g.isJoint, s.has(g.end, .programmeNoun), !s.has(g.end, WordClass.verbs), !s.has(g.end, .verbForm) {
            return Finding(rule: .agencyBranding, first: s.units[lastAgency].first, end: s.units[g.end].end)
        }
        // `联合国难民署2025年的资金需求`, `难民署今年的预算`: a date between the agency and `的`.
        if s.language == "zh", g.end == nameEnd, let m = chineseDateEnd(from: g.end, in: s), s.has(m, .possessive) {
            return PossessiveReader.after(agency: lastAgency, from: m + 1, in: s)
        }
        if g.end == nameEnd, s.isPossessiveMarker(g.end) {
            return PossessiveReader.after(agency: lastAgency, from: g.end + 1, in: s)
        }
        // `l'assistance du HCR dont le programme consiste à`, `UNHCR, whose programme aims to`, `del
        // ACNUR, cuyo programa consiste en`: a relative possessive names what the agency owns.
        if g.end == nameEnd, g.agencies.count == 1, !g.isJoint, !followsAnotherAgency(g, in: s), let r = relativePossessiveEnd(after: g.end, in: s) {
            return PossessiveReader.after(agency: lastAgency, from: r, in: s)
        }
        if let b = g.before, s.has(b, .possessiveBefore), !g.isJoint, let finding = PossessiveReader.before(g, marker: b, in: s) {
            return finding
        }
        // `The UNHCR cash programme will cover`, `WFP food assistance will reach`: an English name
        // before plain nouns owns them as `'s` does.
        if g.end == nameEnd, let finding = CompoundOwner.finding(g, agency: lastAgency, in: s) { return finding }
        let p = g.end
        var joiner = s.isComma(p) && s.has(p + 1, .preposition) ? p + 1 : p
        // `ACNUR, la Agencia de la ONU para los Refugiados, y sus socios`: past an apposition.
        if s.isComma(p), !s.has(joiner + 1, [.itsPartners, .possessivePronoun]) {
            let q = Predicate.skipAppositions(from: p, in: s)
            if q != p, s.has(q, .separator) { joiner = q }
        }
        if !g.isObject(in: s), s.has(joiner, [.separator, .preposition]) {
            if s.has(joiner + 1, .itsPartners) {
                let fix = joiner == p && s.has(p, .separator) ? FixItWriter.partners(g, through: p + 1, in: s) : nil
                return finding(.agencyAndItsPartners, g, through: joiner + 1, s, fix: fix)
            }
            // `et ses 15 partenaires opérationnels`, `y sus 18 socios`, `及其...伙伴`.
            if let partners = itsPartners(at: joiner + 1, in: s) {
                return finding(.agencyAndItsPartners, g, through: partners, s, fix: nil)
            }
        }
        if g.isObject(in: s) {
            if let finding = AgentRelative.finding(g, in: s) ?? ViewpointConcern.finding(g, in: s) { return finding }
            guard let b = g.before, s.has(b, .gerundHost), s.has(p, .action), s.prose.hasFoldedSuffix(s.token(p), "ing") else { return nil }
            return finding(.agencyAsActor, g, through: p, s, fix: nil)
        }
        // `a UNHCR aid package`: an English base form after one agency is a noun it modifies (a
        // finite verb would agree: `aids`, `aided`). The agency's staff or assets before a verb act
        // (`a UNICEF airlift delivers`).
        if s.language == "en", g.agencies.count == 1, !g.isJoint, s.has(p, .infinitive), !s.has(p, [.participle, .auxiliary, .future]),
           !(s.has(p, .staffNoun) && Predicate.verbFollows(p, in: s)) { return nil }
        // `难民署已联同总理办公室及其他救援组织，共同为难民提供`: a partner that acts jointly with it.
        if ChineseJointPartner.joins(from: p, in: s) { return nil }
        // `難民署負責指導和協調全球行動`, `UNHCR is responsible for protecting`: a mandate described.
        if ResponsibilityMandate.states(from: p, in: s) { return nil }
        let predicate = Predicate.read(from: officeEnd(p, in: s), in: s)
        // `UNHCR and partners will distribute`, `received only 38 per cent`, `le HCR et les agences
        // partenaires ont lancé un appel`: the agency and its bare partners before any act, appeal or
        // money.
        if predicate != .none, predicate != .coordination, g.isAgencyAndBarePartners(in: s) {
            return finding(.agencyAndItsPartners, g, through: g.end - 1, s, fix: FixItWriter.partners(g, through: g.end - 1, in: s))
        }
        switch predicate {
        case .none, .coordination:
            return nil
        case .support(let v):
            // Several agencies supporting (`难民署和国际移民组织提供支持`) support someone else's lead.
            return s.section == .coordination || g.isJoint || g.agencies.count > 1 ? nil : finding(.agencyAsActor, g, through: v, s, fix: nil)
        case .funding(let v):
            // A joint appeal (`难民署和其他机构呼吁...资金`, `UNHCR and IOM seek`) is no one agency's budget.
            let money = s.units.indices.contains { s.isMoney($0) }
            // `solicita apoyo internacional urgente`, `requests international support`: asked for
            // support rather than money, the agency appeals in its own voice.
            if !money, !g.isJoint, !g.namesSeveralAgencies(in: s),
               VerbGroup.supportNounFollows(v, in: s) || RequestedMeasures.follow(v, in: s) || AppealWithoutMoney.advocates(v, in: s)
                || AppealWithoutMoney.asksSomeoneToAct(v, in: s) {
                return finding(.agencyAdvocacy, g, through: v, s, fix: nil)
            }
            return money && !g.isJoint && !g.namesSeveralAgencies(in: s) ? finding(.agencyFunding, g, through: v, s, fix: nil) : nil
        case .advocacy(let v):
            return g.isJoint || g.namesSeveralAgencies(in: s) || g.joinsAnotherAgencyAfterApposition(in: s) ? nil : finding(.agencyAdvocacy, g, through: v, s, fix: nil)
        case .selfPromotion(let v):
            return finding(.selfPromotion, g, through: v, s, fix: nil)
        case .staffing(let v):
            return finding(.agencyStaffing, g, through: v, s, fix: nil)
        case .action(let v):
            if s.section == .coordination, (v + 1..<min(v + 4, s.count)).contains(where: { s.has($0, .coordinationNoun) }) { return nil }
            if PlanObject.made(by: v, in: s) { return nil }
            guard !g.isJoint, !opensWithMandate(before: g.start, in: s) else { return nil }
            // `Le HCR et l'OIM ... ont établi un programme commun`, `Representatives from IOM and
            // UNHCR have presented a plan`: several agencies acting together in a coordination
            // section coordinate.
            if s.section == .coordination, g.namesSeveralAgencies(in: s) { return nil }
            if s.units.indices.contains(where: { s.has($0, .gapNoun) }) { return finding(.agencyFunding, g, through: v, s, fix: nil) }
            return finding(.agencyAsActor, g, through: v, s, fix: FixItWriter.actor(g, verb: v, in: s))
        }
    }

    /// The unit after a relative possessive right after the agency, with or without a comma
    /// (`dont` before an article, `whose`, `cuyo`): where the owned noun phrase starts, or `nil`.
    private static func relativePossessiveEnd(after p: Int, in s: SentenceContext) -> Int? {
        let r = s.isComma(p) ? p + 1 : p
        guard s.isWord(r, Keys.relativePossessives) else { return nil }
        // `dont` is also `of which` (`le HCR, dont il a reçu l'aide`): only before an article.
        if s.isWord(r, Keys.dont), !(s.has(r + 1, .determiner) || s.isWord(r + 1, Keys.articles)) { return nil }
        return r + 1
    }

    /// `du HCR et du PAM, dont ...`, `du gouvernement et du HCR, dont ...`: the group's agency is
    /// the second of two owners joined by a conjunction, so what follows may belong to both.
    private static func followsAnotherAgency(_ g: AgencyGroup, in s: SentenceContext) -> Bool {
        guard var k = g.before else { return false }
        var steps = 0
        while steps < 2, k > 0, s.has(k, [.preposition, .possessiveBefore, .determiner]) || s.isWord(k, Keys.genitive) || s.isWord(k, Keys.articles) {
            k -= 1
            steps += 1
        }
        guard s.has(k, .separator), k >= 1 else { return false }
        return s.isAgency(k - 1) || s.has(k - 1, .collective) || s.token(k - 1).isMark(")") && k >= 2 && s.isAgency(k - 2)
    }

    /// `Under its mandate, UNHCR ...`, `Au titre de son statut, le HCR assure ...`, `En virtud de
    /// su mandato, ...`: the sentence describes what the agency's founding text gives it to do.
    private static func opensWithMandate(before start: Int, in s: SentenceContext) -> Bool {
        guard let comma = (0..<start).first(where: { s.isComma($0) }), comma <= 8 else { return false }
        return (0..<comma).contains { s.has($0, .mandateNoun) } && !(0..<comma).contains { s.has($0, .verbForm) && !s.has($0, [.participle, .infinitive]) }
    }

    /// `a top priority for UNICEF`, `une priorité absolue pour le HCR`, `una prioridad para la
    /// OIM`: a priority noun, with at most two adjectives after it, just before the preposition
    /// that names one agency is that agency's internal priority.
    private static func priorityFor(_ g: AgencyGroup, preposition b: Int, in s: SentenceContext) -> Finding? {
        guard s.has(b, .preposition), (max(0, b - 3)..<b).contains(where: { s.has($0, .internalNoun) }), s.isWord(b, Keys.priorityPrepositions) else { return nil }
        guard let noun = (max(0, b - 3)..<b).last(where: { s.has($0, .internalNoun) && s.isWord($0, Keys.priorityNouns) }),
              (noun + 1..<b).allSatisfy({ s.token($0).kind == .word && !s.has($0, [.verbForm, .preposition]) }) else { return nil }
        return Finding(rule: .agencyStaffing, first: s.units[noun].first, end: s.units[g.agencies[0]].end)
    }

    /// `..., se félicite le Fonds des Nations Unies pour l'enfance (UNICEF).`, `..., a mis en
    /// garde mercredi l'UNICEF`, `..., warned UNICEF`: the agency is the subject of an advocacy
    /// or concern verb placed before it at the end of the sentence.
    private static func invertedAdvocacy(_ g: AgencyGroup, in s: SentenceContext) -> Finding? {
        // One agency, or one agency and its head in apposition (`el ACNUR, Filippo Grandi`).
        guard s.language != "zh", !g.isJoint, g.agencies.count == 1 || Set(g.agencies.map { s.agencyID($0) }).count == 1 else { return nil }
        var v = g.start - 1
        // `», a déploré le porte-parole du HCR`, `lamentó el portavoz del ACNUR`: its official
        // speaks for it (`de l'`, `de la` are one unit).
        if v >= 1, Keys.genitive.contains(s.token(v).key) || s.isWord(v, Keys.articles) && Keys.genitive.contains(s.token(v - 1).key) {
            let marker = s.isWord(v, Keys.articles) ? v - 1 : v
            let official = marker - 1
            if official >= 0, s.has(official, .staffNoun) || s.isWord(official, StaffVoice.titles) || s.isWord(official, Keys.agencyHeads) || s.isWord(official, Keys.spokespeople) {
                v = official - 1
            }
        }
        // The article before a full name is a unit of its own (`le` Fonds des Nations Unies).
        while v >= 0, s.has(v, [.determiner, .timeWord]) || v >= g.start - 3 && s.isWord(v, Keys.articles) { v -= 1 }
        // `Le Tchad a besoin de financements importants, estime le HCR`, `..., UNHCR said`: what
        // it reports before the comma is a need for money, its appeal.
        // An auxiliary may come between the comma and the verb (`, a indiqué le PAM`).
        var comma = v - 1
        while comma >= 1, comma >= v - 2, s.has(comma, .auxiliary) { comma -= 1 }
        if comma >= 1, s.has(v, .report) || s.has(v, .dataVerb), s.isComma(comma), ReportedNeed.fundsNeeded(before: comma, in: s) {
            return Finding(rule: .agencyFunding, first: s.units[comma + 1].first, end: s.units[g.agencies[0]].end)
        }
        guard v >= 1, s.has(v, [.advocacy, .concern]), !s.has(v, .report) else { return nil }
        var c = v - 1
        while c >= 0, c >= v - 3, !s.isComma(c) {
            // English inverts a bare verb only (`..., warned UNHCR`): after an auxiliary the agency
            // is its object (`..., has called on UNHCR to respond`).
            guard s.has(c, [.auxiliary, .transparent, .negation]), s.language != "en" || !s.has(c, .auxiliary) else { return nil }
            c -= 1
        }
        guard s.isComma(c) else { return nil }
        return Finding(rule: .agencyAdvocacy, first: s.units[v].first, end: s.units[g.agencies[0]].end)
    }

    /// The unit after a Chinese date or time word that starts at `p` (`2025年`, `今年`, `3月`), or
    /// `nil` when none starts there.
    private static func chineseDateEnd(from p: Int, in s: SentenceContext) -> Int? {
        var q = p
        while q < s.count, q < p + 6 {
            if s.has(q, .timeWord) { q += 1; continue }
            if s.token(q).kind == .number, s.isWord(q + 1, Keys.dateUnits) { q += 2; continue }
            break
        }
        return q > p ? q : nil
    }

    /// Skips a country office or national committee name after an agency when a verb follows
    /// (`UNHCR Syria is working`, `IOM Iraq distributed`, `UNICEF USA will match`), known or by
    /// its shape (`l'UNHCR Mauritanie prépare son`).
    private static func officeEnd(_ p: Int, in s: SentenceContext) -> Int {
        // `The Head of the UNHCR sub-office Kakuma applauded`: the office's kind before its place.
        let kind = s.language == "en" && s.isWord(p, Keys.premises) && s.isCapitalized(p + 1) ? p + 1 : p
        var q = kind
        while q < s.count, q < kind + 2, s.token(q).kind == .word, s.isCapitalized(q) || s.isAllCaps(q), s.units[q].classes.isEmpty, s.units[q].agency == nil {
            q += 1
        }
        // `UNHCR Syria will`, and the country office's staff (`IOM Libya staff provided`).
        guard q > kind, q < s.count, s.has(q, [.auxiliary, .future, .verbForm]) || VerbGroup.unknownFiniteShape(q, in: s)
                || s.has(q, .staffNoun) && Predicate.verbFollows(q, in: s) else { return p }
        return q
    }

    /// `forced UNICEF to close`, `allow UNHCR to pre-position`, `permitirán al PMA mantener`, `a
    /// contraint l'OIM à suspendre`, `迫使世界粮食计划署削减`: the agency does what follows.
    private static func causative(_ g: AgencyGroup, in s: SentenceContext) -> Finding? {
        var c = g.start - 1
        while c >= 0, s.has(c, .determiner) { c -= 1 }
        if s.isWord(c, Keys.causativeObject) { c -= 1 }
        guard c >= 0, s.has(c, .causative) else { return nil }
        var r = g.end
        // `a permis à l'UNHCR et à ses partenaires de maintenir`: its partners beside it, the
        // preposition repeated before them.
        var withPartners = false
        if s.has(r, .separator), s.token(r).kind == .word {
            var k = r + 1
            if s.has(k, .preposition), !s.isAgency(k) { k += 1 }
            if let partners = itsPartners(at: k, in: s) {
                r = partners + 1
                // An adjective after them before the infinitive (`ses partenaires locaux de`).
                if s.isWord(r, Keys.humanitarian) || VerbGroup.unknownLowerCaseWord(r, in: s), s.isWord(r + 1, Keys.infinitiveMarkers) { r += 1 }
                withPartners = true
            }
        }
        // With the government or a collective the act is joint (`a permis au HCR et au
        // gouvernement de`).
        guard withPartners || !g.isJoint else { return nil }
        if s.isWord(r, Keys.infinitiveMarkers) { r += 1 }
        r = Predicate.skipTransparent(from: r, in: s)
        guard r < s.count, s.has(r, .verbForm) || s.has(r, WordClass.meanings) || VerbGroup.unknownInfinitive(r, in: s) else { return nil }
        let inner = s.language == "zh" ? ChinesePredicate.read(from: r, in: s) : s.units[r].classes.isEmpty ? .action(verb: r) : VerbGroup.classify(r, verb: r, in: s)
        let funding = s.units.indices.contains { s.isMoney($0) }
        switch inner {
        case .action, .support, .funding:
            return Finding(rule: withPartners ? .agencyAndItsPartners : funding ? .agencyFunding : .agencyAsActor, first: s.units[c].first, end: s.units[r].end)
        default:
            return nil
        }
    }

    /// A finding over units `g.start...last`, with the rule's rewrite hint when there is no fix-it.
    static func finding(_ rule: LanguageRule, _ g: AgencyGroup, through last: Int, _ s: SentenceContext, fix: Rewrite?) -> Finding {
        Finding(rule: rule, first: s.units[g.start].first, end: s.units[max(last, g.start)].end, fix: fix)
    }

    /// The agency's own partners at `k`: `its partners` as one unit, or the partners word within
    /// three words after a possessive (`ses 15 partenaires opérationnels`, `sus socios`,
    /// `及其...伙伴`); `nil` otherwise.
    private static func itsPartners(at k: Int, in s: SentenceContext) -> Int? {
        if s.has(k, .itsPartners) { return k }
        guard s.has(k, .possessivePronoun),
              let w = (k + 1..<min(k + 4, s.count)).first(where: { s.has($0, .partnersWord) || s.has($0, .itsPartners) }) else { return nil }
        // `son partenaire gouvernemental`, `its government partner`: the government, a joint act.
        return s.isWord(w + 1, governmentAdjectives) || (k + 1..<w).contains { s.isWord($0, governmentAdjectives) } ? nil : w
    }

    /// `gouvernemental`, `gubernamental`, `government` (as a modifier): a partner that is the government.
    private static let governmentAdjectives = Keys.of(["gouvernemental", "gouvernementaux", "gouvernementale", "gouvernementales",
                                                       "gubernamental", "gubernamentales", "government", "governmental"])
}
