/// Reads the noun phrase an agency owns: `WFP's cash programme`, `UNHCR's budget`,
/// `IOM's teams will`, `le programme ... du PAM`, `国际移民组织的“安全之路”项目`.
enum PossessiveReader {
    /// After `'s` / `的`: a budget noun is agency funding; a programme noun or a proper name is
    /// branding; staff followed by an action verb is the agency acting.
    static func after(agency a: Int, from start: Int, in s: SentenceContext) -> Finding? {
        let limit = s.language == "zh" ? 10 : 6
        // `儿基会的《...》介绍了`: a title in book-title marks names a publication the agency wrote,
        // a source, not a programme (unless a programme word follows the title).
        if start < s.count, s.token(start).isMark("《") {
            var close = start + 1
            while close < s.count, close < start + 40, !s.token(close).isMark("》") { close += 1 }
            guard close < s.count, s.token(close).isMark("》") else { return nil }
            return s.has(close + 1, .programmeNoun) ? span(.agencyBranding, a, close + 1, s) : nil
        }
        // `UNICEF's response is critical`, `UNICEF's emergency response is vital`: its work praised.
        for noun in [start, start + 1] where noun < s.count {
            if let finding = OwnedPraise.finding(noun: noun, from: a, verbAt: noun + 1, in: s) { return finding }
        }
        var brand: Int?
        var staff: Int?
        var q = start
        while q < s.count, q < start + limit {
            let t = s.token(q)
            if t.isSentenceEnd || t.isClauseEnd || t.isComma { break }
            // `UNHCR's support`, `在难民署的支持下`: the agency supports, the sentence's subject acts,
            // unless the subject is the agency's head giving it (`The High Commissioner will offer
            // UNHCR's support`, `高级专员将提供难民署的支持`).
            if q == start, s.has(q, .supportNoun) { return headGivesSupport(verbBefore: a, through: q, in: s) }
            if q == start, s.has(q, .preposition) { return nil }
            // `UNHCR's partners will screen`: the partners named as the agency's act.
            if q == start, s.has(q, .partnersWord), let finding = ownedPartners(q, agency: a, end: q + 1, in: s) { return finding }
            // `IOM's role consists of`: the agency's role opening the sentence, outside coordination.
            if q == start, s.isWord(q, Keys.ownedRoles), ownedRole(at: q, opening: a, in: s) { return span(.agencyBranding, a, q, s) }
            // `UNHCR's mission is to advocate`: its mission stated with a copula and an infinitive.
            if q == start, let finding = AgencyMission.finding(noun: q, after: q + 1, first: a, in: s) { return finding }
            let noun = s.has(q, [.programmeNoun, .budgetNoun, .gapNoun, .staffNoun])
            if s.has(q, .dataVerb), !s.isCapitalized(q) { return nil }
            // `IOM's teams are assisting`: the staff's verb group starts at its auxiliary (read
            // from the gerund alone, it would modify the staff).
            if staff != nil, brand == nil, s.has(q, [.auxiliary, .copula, .future]) { break }
            // `UNHCR's response focuses on providing`: a verb of focus the lexicon does not hold.
            if q > start, VerbGroup.isFocus(q, in: s) { break }
            // A capitalized word is part of a name even when it is a verb form (`Tracking`).
            if s.has(q, WordClass.verbs) || s.has(q, .verbForm), !noun, !s.isCapitalized(q) || q == start && s.language != "en" { break }
            // `UNHCR's budget`, `难民署的资金缺口` (its funding gap).
            if s.has(q, [.budgetNoun, .gapNoun]) { return span(.agencyFunding, a, q, s) }
            if s.has(q, .internalNoun) { return span(.agencyStaffing, a, q, s) }
            if s.has(q, .programmeNoun) {
                brand = q
            } else if s.has(q, .staffNoun) {
                staff = q
            } else if t.kind == .word, s.isCapitalized(q) || s.isAllCaps(q), s.units[q].classes.isEmpty, s.units[q].agency == nil {
                brand = q
            }
            q += 1
        }
        if let brand {
            // A coordination unit (`UNICEF's Regional Coordination Cell`) is a coordination role.
            if (start..<q).contains(where: { s.has($0, .coordinationNoun) }) { return nil }
            var next = q
            if next < s.count, s.token(next).isMark("(") || s.token(next).isMark("（") {
                while next < s.count, !s.token(next).isMark(")"), !s.token(next).isMark("）") { next += 1 }
                next += 1
            }
            if OwnedPlace.isPlace(owner: a, noun: brand, in: s) { return nil }
            next = Predicate.skipTransparent(from: next, in: s)
            // `的移民跟踪系统已经识别了`: an aspect marker before the data verb.
            while s.language == "zh", next < s.count, s.has(next, .auxiliary) { next += 1 }
            return reportsData(at: next, in: s) ? nil : span(.agencyBranding, a, brand, s)
        }
        // The agency's staff or anything else it owns acts (`IOM's teams will transport`,
        // `UNICEF's programming delivers`).
        switch Predicate.read(from: q, in: s) {
        case .action(let v):
            var finding = span(.agencyAsActor, a, v, s)
            if staff != nil { finding.fix = FixItWriter.possessiveStaff(agency: a, in: s) }
            return finding
        // `IOM's teams are assisting`, `国际移民组织的工作人员正在协助`: the agency's staff supporting
        // are the agency supporting, an act outside coordination sections (as `IOM is assisting`).
        // People, not premises (`UNHCR's office supports` is left alone).
        case .support(let v) where staff.map({ !s.isWord($0, Keys.premises) }) ?? false && s.section != .coordination:
            return span(.agencyAsActor, a, v, s)
        case .staffing(let v): return span(.agencyStaffing, a, v, s)
        case .advocacy(let v): return span(.agencyAdvocacy, a, v, s)
        case .funding(let v): return span(.agencyFunding, a, v, s)
        default: return nil
        }
    }

    /// Between the internal noun at `q` and the marker at `b`, `de` opens a plural noun phrase
    /// (`presencia de diversas tiendas`, `présence de tentes`): the agency owns those things.
    private static func ownsThings(between q: Int, and b: Int, in s: SentenceContext) -> Bool {
        guard s.language == "es" || s.language == "fr", b - q >= 3 else { return false }
        return (q + 1..<b - 1).contains { d in
            s.isWord(d, Keys.de) && (d + 1..<b).contains { s.token($0).kind == .word && s.units[$0].agency == nil && s.prose.hasFoldedSuffix(s.token($0), "s") }
        }
    }

    /// Whether the noun phrase an agency owns from `start` (after `'s`) is the subject of a verb of
    /// data within eight units, in the same clause (`IOM's Displacement Tracking Matrix recorded`,
    /// `UNHCR's Global Trends report (2025) estimates`): the agency is its source, as
    /// ``after(agency:from:in:)`` reads it.
    static func ownsASource(from start: Int, in s: SentenceContext) -> Bool {
        var q = start
        while q < s.count, q < start + 8 {
            let t = s.token(q)
            if t.isSentenceEnd || t.isClauseEnd || t.isComma { return false }
            // A capitalized word is part of the name (`Tracking`); the first other verb ends the search.
            if reportsData(at: q, in: s), !s.isCapitalized(q) { return true }
            if s.has(q, WordClass.verbs) || s.has(q, [.verbForm, .auxiliary, .copula]), !s.isCapitalized(q) { return false }
            q += 1
        }
        return false
    }

    /// A verb of data or reporting at `u` (`recorded`, `indicó`, `said`): the agency's programme
    /// before it is a source, not a brand.
    private static func reportsData(at u: Int, in s: SentenceContext) -> Bool {
        s.has(u, .dataVerb) || s.has(u, .report) && !s.has(u, .advocacy)
    }

    /// An agency's capacity (`capacité`, `capacidad`) to act.
    private static let capacityNouns = Keys.of(["capacité", "capacités", "capacidad", "capacidades"])
    /// `para`, which introduces the Spanish infinitive of a capacity (`capacidad para responder`).
    private static let purposeMarkers = Keys.of(["para"])
    /// An agency's needs (`les besoins du HCR`, `las necesidades del ACNUR`): its requirements.
    private static let needsNouns = Keys.of(["besoins", "necesidades"])

    /// Before `du`/`del`/`de`: the noun phrase the agency is the complement of.
    static func before(_ g: AgencyGroup, marker b: Int, in s: SentenceContext) -> Finding? {
        var q = b - 1
        // `Le Haut Commissaire offrira l'appui du HCR`: the agency's head gives its support.
        if s.has(q, .supportNoun), let finding = headGivesSupport(verbBefore: q, through: g.end - 1, in: s) { return finding }
        // `El rol de la OIM consiste en`, `Le rôle de l'OIM dans l'opération`: its role as the subject.
        if s.isWord(q, Keys.ownedRoles), ownedRole(at: q, opening: q, in: s) {
            return Finding(rule: .agencyBranding, first: s.units[q].first, end: s.units[g.end - 1].end)
        }
        // `La mission du HCR est de mener`, `El objetivo principal de la OIM es`: its mission or aim,
        // opening the sentence.
        if let n = AgencyMission.noun(openingAt: 0, in: s), n == q || n == q - 1, let finding = AgencyMission.finding(noun: n, after: g.end, first: n, in: s) { return finding }
        // `la capacité du HCR à répondre`, `la capacidad del ACNUR para responder`: its capacity
        // to act, as `UNHCR's ability to respond` is; `les besoins du HCR` are its requirements.
        if s.isWord(q, capacityNouns), s.isWord(g.end, Keys.infinitiveMarkers) || s.isWord(g.end, purposeMarkers), s.has(g.end + 1, .infinitive),
           case .action(let v) = VerbGroup.classify(g.end + 1, verb: g.end + 1, in: s) {
            return Finding(rule: .agencyAsActor, first: s.units[q].first, end: s.units[v].end)
        }
        if s.isWord(q, needsNouns), !g.isJoint { return Finding(rule: .agencyFunding, first: s.units[q].first, end: s.units[g.end - 1].end) }
        // `La respuesta de UNICEF es fundamental`, `la présence du HCR est essentielle`: its work praised.
        if !g.isJoint, let finding = OwnedPraise.finding(noun: q, from: q, verbAt: AgencyGroup.skipAcronym(after: g.end, in: s), in: s) { return finding }
        while q >= 0, q >= b - 8 {
            let t = s.token(q)
            if t.isSentenceEnd || t.isClauseEnd || t.isComma { break }
            if s.has(q, .budgetNoun) { return Finding(rule: .agencyFunding, first: s.units[q].first, end: s.units[g.end - 1].end) }
            if s.has(q, .internalNoun) {
                // `la presencia de diversas tiendas del ACNUR`: the agency owns the things named
                // after `de`, whose presence is no presence of the agency.
                if ownsThings(between: q, and: b, in: s) { return nil }
                return Finding(rule: .agencyStaffing, first: s.units[q].first, end: s.units[g.end - 1].end)
            }
            if s.has(q, .programmeNoun) {
                if OwnedPlace.isPlace(noun: q, in: s) { return nil }
                // `El Proyecto Migrantes Desaparecidos de la OIM indicó que`: its tool is a source.
                if reportsData(at: Predicate.skipTransparent(from: g.end, in: s), in: s) { return nil }
                return Finding(rule: .agencyBranding, first: s.units[q].first, end: s.units[g.end - 1].end)
            }
            // `Les partenaires du HCR distribueront`, `AHA et FICR, partenaires du HCR, ont fait`:
            // the partners named as the agency's, as the subject or its apposition.
            if s.has(q, .partnersWord), let finding = partnersNamedBefore(g, partners: q, in: s) { return finding }
            if s.has(q, .staffNoun) || s.isWord(q, StaffVoice.titles) {
                switch Predicate.read(from: StaffPlace.end(from: g.end, in: s), in: s) {
                case .action(let v): return Finding(rule: .agencyAsActor, first: s.units[q].first, end: s.units[v].end)
                // `Los equipos de la OIM apoyan a los retornados`: its staff supporting, outside coordination.
                case .support(let v) where s.section != .coordination && !g.isJoint && !s.isWord(q, Keys.premises):
                    return Finding(rule: .agencyAsActor, first: s.units[q].first, end: s.units[v].end)
                case .staffing(let v): return Finding(rule: .agencyStaffing, first: s.units[q].first, end: s.units[v].end)
                case .advocacy(let v) where !g.isJoint && StaffVoice.opensSentence(through: q, in: s):
                    return Finding(rule: .agencyAdvocacy, first: s.units[0].first, end: s.units[v].end)
                // `Le représentant du HCR a exhorté les donateurs`, `El representante del ACNUR instó
                // a los donantes`: any official's call or appeal is the agency's (an appraisal of
                // others, `valoró`, `a salué`, stays the official's).
                case .advocacy(let v) where !g.isJoint && StaffVoice.calls(v, in: s) && StaffVoice.opensSentence(through: q, staff: true, in: s):
                    return Finding(rule: .agencyAdvocacy, first: s.units[0].first, end: s.units[v].end)
                // `El director en funciones del PMA ... llamó a ... recaudar 39 millones`: an official's
                // appeal for money is the agency's.
                case .funding(let v) where !g.isJoint && s.units.indices.contains(where: { s.isMoney($0) }) && StaffVoice.opensSentence(through: q, staff: true, in: s):
                    return Finding(rule: .agencyFunding, first: s.units[0].first, end: s.units[v].end)
                default: return nil
                }
            }
            q -= 1
        }
        // The subject is something the agency owns and it acts, as after `'s` (`Las comidas
        // escolares del PMA alimentan futuros`): a noun phrase that opens the sentence.
        guard s.has(0, .determiner), (1..<b).allSatisfy({ s.token($0).kind == .word && !s.has($0, [.verbForm, .supportNoun, .preposition, .separator, .coordinationNoun]) && s.units[$0].agency == nil }),
              case .action(let v) = Predicate.read(from: g.end, in: s) else { return nil }
        return Finding(rule: .agencyAsActor, first: s.units[0].first, end: s.units[v].end)
    }

    /// The partners word at `q`, owned by the agency group `g` after it (`partenaires du HCR`):
    /// see ``ownedPartners(_:agency:end:in:from:)``; the subject or an apposition closed by a comma.
    private static func partnersNamedBefore(_ g: AgencyGroup, partners q: Int, in s: SentenceContext) -> Finding? {
        let opens = (0..<q).allSatisfy { s.has($0, .determiner) || s.isWord($0, Keys.articles) }
        let apposition = q >= 1 && s.isComma(q - 1) && s.isComma(g.end)
        guard opens || apposition, g.agencies.count == 1, !g.isJoint else { return nil }
        return ownedPartners(q, agency: g.start, end: apposition ? g.end + 1 : g.end, in: s, from: apposition ? 0 : q)
    }

    /// The agency's partners (`UNHCR's partners`, `les partenaires du HCR`) before a predicate that
    /// acts, supports, appeals or speaks (read from `end`): the other partners made the agency's,
    /// as `UNHCR and its partners` does. The finding runs from `from` (the partners) to the verb.
    private static func ownedPartners(_ q: Int, agency a: Int, end: Int, in s: SentenceContext, from: Int? = nil) -> Finding? {
        let first = s.units[min(from ?? q, a)].first
        switch Predicate.read(from: end, in: s) {
        case .action(let v), .support(let v), .funding(let v), .advocacy(let v):
            return Finding(rule: .agencyAndItsPartners, first: first, end: s.units[v].end)
        default: return nil
        }
    }

    /// Whether the role noun at `q` belongs to a subject that opens the sentence at `first` (only
    /// articles before it) outside a coordination section, where a role is a coordination role.
    private static func ownedRole(at q: Int, opening first: Int, in s: SentenceContext) -> Bool {
        s.section != .coordination && !Predicate.namesCoordinationRole(s)
            && (0..<first).allSatisfy { s.has($0, .determiner) || s.isWord($0, Keys.articles) }
    }

    /// `The High Commissioner will offer UNHCR's support`, `Le Haut Commissaire offrira l'appui du
    /// HCR`, `El Alto Comisionado ofrecerá el apoyo del ACNUR`, `高级专员将提供难民署的支持`: the agency's
    /// support, the object of an action or support verb right before `p` (past articles) whose
    /// subject, opening the sentence, is the agency's head (``Keys/agencyHeads``), is the agency
    /// acting through its head. The finding runs from the verb through unit `last`.
    static func headGivesSupport(verbBefore p: Int, through last: Int, in s: SentenceContext) -> Finding? {
        var v = p - 1
        while v > 0, v >= p - 2, s.has(v, .determiner) || s.isWord(v, Keys.articles) { v -= 1 }
        guard v >= 1, s.has(v, [.action, .support]), s.has(v, .verbForm) || s.language == "zh" else { return nil }
        // The head opens the sentence: at most four units before it, no verb, no comma, no agency.
        var u = v - 1
        while u >= 0, s.has(u, [.auxiliary, .future, .transparent, .timeWord]) { u -= 1 }
        guard u >= 0, u <= 6 else { return nil }
        if s.language == "zh" {
            let subject = HanziFold.fold(s.text(s.units[0].first, s.units[u].end))
            guard Keys.chineseAgencyHeads.contains(where: { subject.hasSuffix($0) }) else { return nil }
        } else {
            guard s.isWord(u, Keys.agencyHeads) || s.isWord(u - 1, Keys.agencyHeads) && s.token(u).kind == .word && !s.has(u, .verbForm) else { return nil }
        }
        guard (0..<u).allSatisfy({ s.token($0).kind != .punctuation || s.token($0).isMark("-") }),
              !(0..<u).contains(where: { s.has($0, .verbForm) && !s.isCapitalized($0) || s.units[$0].agency != nil }) else { return nil }
        return Finding(rule: .agencyAsActor, first: s.units[v].first, end: s.units[max(v, last)].end)
    }

    private static func span(_ rule: LanguageRule, _ from: Int, _ to: Int, _ s: SentenceContext) -> Finding {
        Finding(rule: rule, first: s.units[from].first, end: s.units[max(from, to)].end)
    }

    /// `Funding for UNHCR's operation dropped...`, `como contribución a la OIM`: a budget,
    /// donation or contribution word just before the preposition that introduces the agency, in
    /// a narrative sentence (not a `label: amount` line).
    static func fundingFor(_ g: AgencyGroup, preposition b: Int, in s: SentenceContext) -> Finding? {
        guard !s.isColon(g.end) else { return nil }
        // Chinese puts the donation after the agency: `向难民署捐款150万美元`, `为粮食署拨款`; a gift
        // named as such needs no sum (`向难民署提供大量捐款`: donations to the agency).
        if s.language == "zh", let gift = (g.end..<min(g.end + 2, s.count)).first(where: { s.has($0, .budgetNoun) || s.has($0, .funding) || s.isWord($0, Keys.chineseGifts) }),
           s.units.indices.contains(where: { s.isMoney($0) && $0 != gift }) {
            return Finding(rule: .agencyFunding, first: s.units[b].first, end: s.units[gift].end)
        }
        if s.language == "zh", g.end < s.count, Keys.chineseProvide.contains(s.hanziWord(g.end)),
           let gift = (g.end + 1..<min(g.end + 4, s.count)).first(where: { u in
               // A gift or a phrase that starts with one (`资金支持`).
               let word = s.hanziWord(u)
               return Keys.chineseGiftWords.contains(where: { word.hasPrefix($0) })
           }) {
            return Finding(rule: .agencyFunding, first: s.units[b].first, end: s.units[gift].end)
        }
        let words = s.units.indices.filter { s.token($0).kind == .word }.count
        guard words >= 6, let noun = (max(0, b - 3)..<b).last(where: { s.has($0, [.budgetNoun, .gapNoun]) || s.has($0, .money) && g.collectives.isEmpty }) else { return nil }
        return Finding(rule: .agencyFunding, first: s.units[noun].first, end: s.units[g.agencies[0]].end)
    }
}
