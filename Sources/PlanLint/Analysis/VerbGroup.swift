/// A verb group of English, French or Spanish: auxiliaries and modals (`has been`, `will`, `a
/// été`, `va a`), adverbs and negation between them, and the main verb, classified by meaning.
/// Unknown verbs after an auxiliary, and English `-ed` forms right after the subject, are
/// actions: the lexicon names what is legitimate, everything else an agency does is action.
enum VerbGroup {
    /// Spanish prepositions between a catenative verb and its infinitive besides `a` and `de`.
    private static let catenativeSpanishMarkers = Keys.of(["por", "en"])
    /// Prepositions between a catenative of focus and its verb (`focuses on supporting`, `se
    /// concentre sur`).
    private static let focusMarkers = Keys.of(["on", "upon", "to", "sur", "à", "en", "a"])

    /// A verb of focus and its marker at `q` (`focuses on`, `se limitera à`, `se centrará en`).
    static func isFocus(_ q: Int, in s: SentenceContext) -> Bool {
        s.isWord(q, Keys.focusVerbs) && s.isWord(q + 1, focusMarkers)
    }

    /// The predicate of the verb group starting at `p`, and the unit after it.
    static func read(at start: Int, in s: SentenceContext) -> (Predicate, Int) {
        if let (verb, end) = heldMoney(at: start, in: s) { return (.funding(verb: verb), end) }
        var q = start
        var auxiliary = false, copula = false, future = false
        // Only forms of English `have` so far: `has primary responsibility` is possession.
        var onlyHave = true
        var steps = 0
        // `vient de débuter`, `acaba de iniciar`: the infinitive after a recent-past marker.
        var recentPast = false
        while q < s.count, steps < 6 {
            // `se verá obligado a reducir`, `se voit contraint de fermer`: a reflexive `ver`/`voir`
            // before a causative participle is the causative's passive.
            if s.language != "en", s.isWord(q, Keys.see), s.isWord(q - 1, Keys.reflexive) || s.isWord(q - 2, Keys.reflexive) && s.has(q - 1, .auxiliary),
               s.has(q + 1, .causative), s.has(q + 1, .participle) {
                auxiliary = true; copula = true; onlyHave = false
                q += 1
                steps += 1
                continue
            }
            guard s.has(q, [.future, .auxiliary, .copula]), !s.has(q, WordClass.meanings) || s.has(q, .future) else { break }
            // `a pour mission de mener`, `has the objective of strengthening`: an aim held, not staff.
            if let aim = AgencyMission.held(after: q, in: s) { return (aim, q + 1) }
            if s.has(q, .hasStaff), let staffing = staffing(from: q, verb: q, in: s) { return (staffing, q + 1) }
            if s.language != "en", Keys.recentPast.contains(s.token(q).key) { recentPast = true }
            auxiliary = true
            if !s.isWord(q, Keys.have) { onlyHave = false }
            if s.has(q, .copula) { copula = true }
            if s.has(q, .future) { future = true }
            q = Predicate.skipTransparent(from: q + 1, in: s)
            steps += 1
        }
        guard q < s.count else { return (future ? .action(verb: start) : .none, q) }
        // `managed to raise`, `a réussi à rouvrir`, `logró recaudar`, and a chain of them (`quiere
        // intentar distribuir`): the last infinitive is the predicate.
        var hops = 0
        // `focuses on supporting`, `se limitera à surveiller`, `se centrará en fortalecer`: the
        // verb after a verb of focus is the act, as after a catenative.
        while s.has(q, .catenative) || isFocus(q, in: s), hops < 3 {
            hops += 1
            var r = q + 1
            // `a décidé de l'étendre`, `de la construire`: `de` and an object clitic, read as one
            // unit (`de l'`, `de la`), before the infinitive.
            if s.language == "fr", s.has(r, .possessiveBefore), s.units[r].end - s.units[r].first == 2, s.has(r + 1, .infinitive) { r += 1 }
            // `se esfuerza por facilitar`, `se esfuerza en mejorar`: Spanish `por` and `en` too.
            let marked = s.isWord(r, Keys.infinitiveMarkers) || s.language == "es" && s.isWord(r, catenativeSpanishMarkers) || s.isWord(q, Keys.focusVerbs) && s.isWord(r, focusMarkers)
            if marked { r += 1 }
            r = Predicate.skipTransparent(from: r, in: s)
            // `a décidé de les étendre`: an object clitic before the infinitive.
            if s.language == "fr", s.isWord(r, Keys.frenchObjectClitics), s.has(r + 1, .infinitive) { r += 1 }
            if unknownInfinitive(r, in: s), !s.has(r, .verbForm) { return (.action(verb: r), r + 1) }
            guard s.has(r, .verbForm) else {
                // `pretende conseguir la inclusión`, `tried the new approach`: a catenative with a
                // noun as its object (and no other meaning) is the act itself; after `a`, `à`, `to`
                // the noun is a place (`volvió a la zona`).
                if !marked, !s.has(q, WordClass.meanings), s.has(r, .determiner) || s.isWord(r, Keys.articles) { return (.action(verb: q), q + 1) }
                break
            }
            q = r
        }
        // `a fait savoir que`, `dio a conocer que`, `made known that`: a light verb that reports.
        if let r = LightReport.end(at: q, in: s) { return (reported(r, verb: q, in: s), r + 1) }
        // `juge préoccupant que`, `finds it worrying that`, `considera preocupante`: concern.
        if ConcernExperiencer.judgedConcern(at: q, in: s) != nil { return (.advocacy(verb: q), q + 1) }
        let end = q + 1
        // `donne la priorité aux`, `dará prioridad a`, `gives priority to`, `is prioritizing`: the
        // subject's own priorities.
        // (Every form of `prioritize` is an action verb of the lexicon: the class bit is tested
        // before the word's hash.)
        if s.has(q, .action) && s.isWord(q, Keys.prioritize) || priorityObject(after: q, in: s) { return (.staffing(verb: q), end) }
        // French verbs of movement and change take `être` (`est intervenu`, `est venu en aide`),
        // and so do pronominal verbs (`s'est dit préoccupé`, `s'est joint aux appels`): an active
        // past, not a passive.
        if copula, s.language == "fr", s.isWord(q, Keys.frenchEtreParticiples) || s.isWord(start - 1, Keys.reflexive) {
            let meaning = classify(q, verb: q, in: s)
            return (meaning == .none ? .action(verb: q) : meaning, end)
        }
        if copula || s.has(q, .playsRole) {
            if let promotion = selfDescription(from: q, verb: q, in: s) { return (promotion, end) }
        }
        if s.has(q, .concern), !s.has(q, .gerund) { return (.advocacy(verb: q), end) }
        // `remains on the ground`, `est à pied d'œuvre`, `está sobre el terreno`: at work there.
        if copula, presence(at: q, in: s) { return (.action(verb: q), end) }
        // `est présent à l'aéroport pour accueillir`, `are present at the airport to receive`:
        // present somewhere for a purpose, the purpose is the subject's act.
        if copula, s.isWord(q, Keys.present), let v = purposeAct(after: q, in: s) ?? whereAct(after: q, in: s) { return (.action(verb: v), end) }
        // `is in Birak to inform`, `est à Birak pour informer`, `is headed to eastern Chad to help`,
        // `se trouve à Birak pour informer`, `se encuentra en Birak para informar`: somewhere (or on
        // the way there) for a purpose, the purpose is the subject's act. Plain presence (`is in 12
        // countries`) says nothing.
        if let v = whereaboutsPurpose(at: q, copula: copula, auxiliary: auxiliary, in: s) { return (.action(verb: v), v + 1) }
        // `est fermement résolu à appuyer`, `is determined to support`, `está decidido a apoyar`:
        // committed to an act, the act is the subject's.
        // So is a commitment after another predicative word (`remained focused and committed to
        // prioritizing`, `reste mobilisé et déterminé à`).
        if copula, let v = committedAct(at: q, in: s) ?? (s.has(q + 1, .separator) ? committedAct(at: q + 2, in: s) : nil) { return (.action(verb: v), end) }
        // `remains on the ground delivering aid`, `stays in Adré registering arrivals`: after
        // `remain`, a place and the gerund that says what the subject does there.
        if s.language == "en", s.isWord(q - 1, Keys.remain), s.has(q, .preposition),
           let g = (q + 1..<min(q + 6, s.count)).first(where: { s.has($0, .gerund) || s.isComma($0) || s.has($0, [.auxiliary, .future]) }),
           s.has(g, .gerund), case .action = classify(g, verb: g, in: s) {
            return (.action(verb: g), g + 1)
        }
        if s.has(q, .hasStaff), let staffing = staffing(from: q, verb: q, in: s) { return (staffing, end) }
        // `tiene por finalidad reforzar`, `a pour mission de mener`, `has the objective of strengthening`.
        if let aim = AgencyMission.held(after: q, in: s) { return (aim, end) }
        if s.has(q, .verbForm) || s.has(q, WordClass.meanings) {
            // A bare gerund after the subject modifies it (`Two WFP trucks carrying food were looted`);
            // after a catenative it is the act (`focuses on providing`).
            if !auxiliary, hops == 0, s.has(q, .gerund), !s.has(q, [.participle, .infinitive]) || s.language != "en" { return (.none, end) }
            if copula, s.has(q, .participle), !s.has(q, .gerund) {
                return (passive(q, verb: q, in: s), end)
            }
            return (classify(q, verb: q, in: s), end)
        }
        // A word the lexicon does not know.
        let t = s.token(q)
        guard t.kind == .word, t.key == t.exactKey, !s.has(q, [.determiner, .preposition, .separator, .complementizer]) else {
            return (future ? .action(verb: start) : .none, end)
        }
        // `no descartó que`, `did not rule out that`: a possibility reported, no act.
        if s.isWord(q, Keys.ruleOut), s.has(q + 1, .complementizer) || s.isWord(q + 1, Keys.outThat) { return (.none, end) }
        // After `has`/`have` alone, an unknown word is a participle only by its shape (`has
        // refurbished`); `has primary responsibility` names what the subject has.
        if s.language == "en", auxiliary, onlyHave, !future, !s.prose.hasFoldedSuffix(t, "ed"), !s.prose.hasFoldedSuffix(t, "en") { return (.none, end) }
        // `renews its appeal`, `reiterates its call`, `renouvelle son appel`: a verb the lexicon
        // does not know with an advocacy or concern noun as its object is the agency's voice.
        if let noun = advocacyNoun(after: q, in: s) { return (moneyFollows(noun, in: s) ? .funding(verb: q) : .advocacy(verb: q), end) }
        // `vient de débuter`, `acaba de iniciar`: only an infinitive (`vient de donateurs` is a source).
        if recentPast, !infinitiveShape(t, in: s) { return (.none, end) }
        // `tient à faire le point`, `vise à renforcer`, `s'évertue à répondre`, `se prépare à
        // recevoir`: a verb the lexicon does not know, right after its subject, before `à` or `de`
        // and an infinitive is a catenative, the infinitive says what the subject does (after a
        // copula it is an adjective: `il est impossible de les secourir`).
        if s.language == "fr", !auxiliary, let r = unknownCatenativeInfinitive(after: q, in: s) {
            let meaning = s.has(r, .verbForm) ? classify(r, verb: r, in: s) : .action(verb: r)
            return (meaning, r + 1)
        }
        if (auxiliary && !copula) || future {
            // `a donné aux participants des statistiques`: giving information is information sharing.
            if informationObject(after: q, in: s) { return (countInformation(after: q, in: s) ? .coordination : classifyTask(verb: q, in: s), end) }
            return (.action(verb: q), end)
        }
        // (A noun the lexicon classes, `operations`, `offices`, is no verb by its shape.)
        if s.language == "en", !auxiliary, s.units[q].classes.isEmpty, englishFiniteShape(q, in: s) { return (.action(verb: q), end) }
        // `El ACNUR fletó dos aviones`: a Spanish preterite by its ending (`-ó`, `-aron`, `-ieron`),
        // a finite verb right after its subject, as English `-ed` is.
        if s.language == "es", !auxiliary, spanishPreteriteShape(t, in: s) { return (.action(verb: q), end) }
        // `L'UNHCR prépare son propre enregistrement`, `dispose d'une présence`: a French present or
        // imperfect by its ending, right after its subject, before what starts its object.
        if s.language == "fr", !auxiliary, frenchFiniteShape(q, in: s) { return (.action(verb: q), end) }
        if copula, s.language == "en", s.prose.hasFoldedSuffix(t, "ing") { return (.action(verb: q), end) }
        return (.none, end)
    }

    /// A coordination task (`shares`, `briefs`, information given to partners): a coordination role
    /// in a coordination section or after a coordination role, the agency's act elsewhere.
    private static func classifyTask(verb: Int, in s: SentenceContext) -> Predicate {
        s.section == .coordination || Predicate.namesCoordinationRole(s) ? .coordination : .action(verb: verb)
    }

    /// The act after an adjective of commitment at `a` (`résolu à appuyer`, `determined to
    /// support`, `committed to supporting`, `decidido a apoyar`), when it is an action, funding or support.
    private static func committedAct(at a: Int, in s: SentenceContext) -> Int? {
        guard s.isWord(a, Keys.commitment), s.isWord(a + 1, Keys.infinitiveMarkers) else { return nil }
        let v = a + 2
        guard v < s.count, s.has(v, .verbForm) || s.has(v, WordClass.meanings) else { return nil }
        switch classify(v, verb: v, in: s) {
        case .action, .funding, .support: return v
        default: return nil
        }
    }

    /// The meaning of a verb (`q`) whose group starts at `verb`.
    static func classify(_ q: Int, verb: Int, in s: SentenceContext) -> Predicate {
        // `s'occupe de`, `se ocupa de`, `s'est occupé de`: an act only when reflexive.
        if s.has(q, .action), s.language != "en", s.isWord(q, Keys.reflexiveOnlyActs),
           !(s.isWord(q - 1, Keys.reflexive) || s.has(q - 1, .auxiliary) && s.isWord(q - 2, Keys.reflexive)) { return .none }
        // `ha identificado un lugar donde levantar un campo`, `has identified a site`: finding a site
        // is choosing it, an act, not a count.
        if s.has(q, .dataVerb), s.has(q, .action), siteObject(after: q, in: s) { return .action(verb: verb) }
        if s.has(q, .report) || s.has(q, .dataVerb) { return reported(q, verb: verb, in: s) }
        // `aseguró que`, `a assuré que`, `assured that`: assuring in the past reports what was said
        // (`asegurará que`, `ensure that` make sure of an act).
        if s.isWord(q, Keys.assuredPast), s.has(q + 1, .complementizer) { return reported(q, verb: verb, in: s) }
        if s.has(q, .coordination), OperationParticipation.isAct(q, in: s) { return .action(verb: verb) }
        if s.has(q, .coordination), s.isWord(q, Keys.coordinateVerbs), let v = coordinationToHelp(after: q, in: s) { return .action(verb: v) }
        if s.has(q, [.coordination, .mandate]) { return .coordination }
        if s.has(q, .coordinationTask) {
            return s.section == .coordination || Predicate.namesCoordinationRole(s) ? .coordination : .action(verb: verb)
        }
        if s.has(q, .advocacy) || s.has(q, .concern) {
            // `calls for funding`, `appeals for USD 10 million`: a funding appeal.
            if moneyFollows(q, in: s) { return .funding(verb: verb) }
            return .advocacy(verb: verb)
        }
        if s.has(q, .funding) {
            // `Le PAM recherche de nouveaux partenariats`, `WFP is seeking new partnerships`.
            if partnershipObject(after: q, in: s) { return seekingPartners(verb: verb, in: s) }
            // `le HCR recherche des terres pour rouvrir des sites`, `ACNUR busca terrenos`, `seeks
            // land`: seeking a site is choosing it, an act, as `has identified a site` is.
            if siteObject(after: q, in: s) { return .action(verb: verb) }
            // `se prépare à recevoir ... le 6ème convoi de rapatriés`, `received 300 refugees`:
            // receiving people is hosting them, an act.
            if ReceivedAssistance.receiveVerbs.contains(s.token(q).key), peopleObject(after: q, in: s) { return .action(verb: verb) }
            return .funding(verb: verb)
        }
        if s.has(q, .support) { return .support(verb: verb) }
        if s.has(q, [.action, .causative]) || s.has(q, .future) {
            let window = q + 1..<min(q + 5, s.count)
            if window.contains(where: { s.has($0, .supportNoun) }) { return .support(verb: verb) }
            // `gave the participants updated statistics`, `proporcionó datos`: information sharing.
            if s.has(q, .action), informationObject(after: q, in: s) { return countInformation(after: q, in: s) ? .coordination : classifyTask(verb: verb, in: s) }
            if s.section == .coordination || Predicate.namesCoordinationRole(s), clauseHas(.coordinationNoun, after: q, in: s) { return .coordination }
            return .action(verb: verb)
        }
        return .none
    }

    /// A reporting verb (or the end of a reporting phrase) at `q` whose group starts at `verb`:
    /// concern or a commitment in what it says, else the reported clause.
    static func reported(_ q: Int, verb: Int, in s: SentenceContext) -> Predicate {
        // `expects to distribute`, `anticipates to receive`: an infinitive after the verb is the
        // subject's own act, as after a catenative (`expects more people to arrive` is a forecast).
        if s.language == "en", s.isWord(q + 1, Keys.to), s.has(q + 2, .infinitive), !s.has(q + 2, [.report, .dataVerb]) {
            return classify(q + 2, verb: q + 2, in: s)
        }
        // `se dit vivement préoccupé`, `said it was deeply concerned`.
        if s.has(q, .advocacy) || (q + 1..<min(q + 4, s.count)).contains(where: { s.has($0, .concern) && !s.has($0, .gerund) }) { return .advocacy(verb: verb) }
        // `has emphasized that refugees need protection`: stressing others' needs is advocacy.
        if EmphasizedNeed.advocates(after: q, in: s) { return .advocacy(verb: verb) }
        // `wishes to acknowledge the contributions of partners`, `acknowledges the generosity of
        // donors`: thanks in the subject's own voice, as `thanks` is.
        if s.isWord(q, Keys.acknowledge), (q + 1..<min(q + 4, s.count)).contains(where: { s.isWord($0, Keys.gratitudeObjects) }) { return .advocacy(verb: verb) }
        // `a annoncé la fermeture de ses bureaux`: announcing its own act, named as a noun.
        if AnnouncedAct.follows(q, in: s) { return .action(verb: verb) }
        // `has registered 207,889 out of the 433,140`: registration against a caseload is work done.
        if CaseloadProgress.counts(after: q, in: s) { return .action(verb: verb) }
        // `se dit fermement résolu à appuyer`: a reported commitment to an act.
        if let a = (q + 1..<min(q + 3, s.count)).first(where: { s.isWord($0, Keys.commitment) }), let v = committedAct(at: a, in: s) { return .action(verb: v) }
        return Reported.read(after: q, verb: verb, in: s)
    }

    /// An agency seeking partnerships or partners (`Le PAM recherche de nouveaux partenariats`,
    /// `WFP is seeking new partnerships`, `El PMA busca nuevas alianzas`, `粮食署正在寻求新的伙伴关系`)
    /// pursues its own institutional interest: an act, except in a coordination section, where
    /// bringing partners together is the coordination role.
    static func seekingPartners(verb: Int, in s: SentenceContext) -> Predicate {
        s.section == .coordination ? .coordination : .action(verb: verb)
    }

    /// Partnerships or partners as the object of the funding verb `q` (`seek new partnerships`,
    /// `recherche de nouveaux partenaires`, `busca nuevas alianzas`), after at most two determiners
    /// or modifiers, with no money in the clause (`busca socios y fondos por 10 millones` is an appeal).
    private static func partnershipObject(after q: Int, in s: SentenceContext) -> Bool {
        var r = q + 1
        while r < s.count, r <= q + 3, s.token(r).kind == .word {
            if s.isWord(r, Keys.partnerships) || s.has(r, .partnersWord) { return !moneyFollows(q, in: s) }
            guard s.has(r, .determiner) || s.isWord(r, Keys.articles) || s.isWord(r, Keys.de) || s.units[r].classes.isEmpty else { return false }
            r += 1
        }
        return false
    }

    /// A passive (`is concerned`, `was forced to cut`, `is mandated`, `was established`).
    private static func passive(_ q: Int, verb: Int, in s: SentenceContext) -> Predicate {
        if s.has(q, .concern) { return .advocacy(verb: verb) }
        // `est mobilisé pour apporter`, `is mobilized to deliver`: the purpose is the agency's act.
        if s.has(q, .action), q + 2 < s.count, s.isWord(q + 1, Keys.purpose) {
            var r = q + 2
            if s.isWord(r, Keys.de) { r += 1 }
            if s.has(r, .verbForm), case .action = classify(r, verb: verb, in: s) { return .action(verb: verb) }
        }
        // `est mobilisé dans la riposte`, `is engaged in the response`: the subject's own engagement,
        // unless someone else is named as the agent (`mobilisé par le ministère`).
        if s.isWord(q, Keys.engaged), !s.has(q + 1, .agentMarker) { return .action(verb: verb) }
        if s.has(q, [.mandate, .coordination]) { return .coordination }
        if s.has(q, .causative) {
            // `was forced to cut rations`, `a été contraint de réduire`, `se ve obligada a reducir`.
            var r = q + 1
            if s.isWord(r, Keys.infinitiveMarkers) { r += 1 }
            r = Predicate.skipTransparent(from: r, in: s)
            guard r < s.count, s.has(r, .verbForm) || unknownInfinitive(r, in: s) else { return .none }
            let inner = s.has(r, .verbForm) ? classify(r, verb: verb, in: s) : .action(verb: verb)
            if case .action = inner, s.units.indices.contains(where: { s.has($0, [.gapNoun, .budgetNoun]) }) { return .funding(verb: verb) }
            return inner
        }
        return .none
    }

    /// `is the leading agency`, `is a global organisation like no other`, `plays a key role`,
    /// `est l'acteur de référence`, `es la organización de referencia`: praise in the clause.
    private static func selfDescription(from q: Int, verb: Int, in s: SentenceContext) -> Predicate? {
        var evaluative = false, role = false
        var r = q
        while r < s.count, r < q + 12, !s.token(r).isClauseEnd, !s.token(r).isSentenceEnd {
            if s.has(r, .evaluative) || s.has(r, .selfPromotion) { evaluative = true }
            if s.has(r, [.roleNoun, .agencyReference, .agencyDescription]) { role = true }
            if s.has(r, .verbForm), r > q, !s.has(r, [.participle, .gerund, .evaluative]) { break }
            r += 1
        }
        return evaluative && (role || s.has(q, .playsRole)) ? .selfPromotion(verb: verb) : nil
    }

    /// `has 60 protection staff`, `compte 200 agents`, `cuenta con doce nuevos oficiales`.
    private static func staffing(from q: Int, verb: Int, in s: SentenceContext) -> Predicate? {
        // `has registered 460,000 refugees in the country`, `a enregistré`: a perfect tense, whose
        // participle is the predicate, not a possession.
        let next = Predicate.skipTransparent(from: q + 1, in: s)
        if s.has(q, .auxiliary), next < s.count, s.has(next, .participle), !s.has(next, [.staffNoun, .internalNoun]) { return nil }
        var r = q + 1
        var number = false
        while r < s.count, r < q + 7 {
            // `six (6) centres`: a number written out and repeated in figures.
            if s.token(r).isMark("("), s.token(r + 1).kind == .number, s.token(r + 2).isMark(")") {
                number = true
                r += 3
                continue
            }
            if s.token(r).isClauseEnd { break }
            if s.token(r).kind == .number { number = true }
            if s.has(r, [.staffNoun, .internalNoun]), number || s.has(r, .internalNoun) || !s.has(q, .auxiliary) { return .staffing(verb: verb) }
            r += 1
        }
        return nil
    }

    /// Money or a budget word follows in the clause.
    static func moneyFollows(_ q: Int, in s: SentenceContext) -> Bool {
        var r = q + 1
        // Chinese units are characters: the whole clause.
        let window = s.language == "zh" ? 40 : 10
        while r < s.count, r < q + window, !s.token(r).isSentenceEnd {
            if s.isMoney(r) { return true }
            r += 1
        }
        return false
    }

    /// The stems of the funding verbs that receive (`receive`, `recevoir`, `recibir`).
    private static let receivingStems = ["receiv", "recev", "reç", "recib", "recu"]

    /// A support noun as the object of the verb at `q`, after at most two modifiers (`solicita apoyo
    /// internacional`, `requests international support`, `sollicite un soutien accru`).
    static func supportNounFollows(_ q: Int, in s: SentenceContext) -> Bool {
        // Support received (`recibió apoyo`, `received support`) is not asked for.
        let verb = s.text(q).lowercased()
        if Self.receivingStems.contains(where: { verb.hasPrefix($0) }) { return false }
        var r = q + 1
        while r < s.count, r <= q + 3, s.token(r).kind == .word, !s.has(r, .preposition) {
            if s.has(r, .supportNoun) { return true }
            r += 1
        }
        return false
    }

    static func clauseHas(_ cls: WordClass, after q: Int, in s: SentenceContext) -> Bool {
        var r = q + 1
        while r < s.count, r < q + 8, !s.token(r).isSentenceEnd, !s.token(r).isMark(";") {
            if s.has(r, cls) { return true }
            r += 1
        }
        return false
    }

    /// The start of a verb group coordinated with the one ending before `q` (`and stockpiled`,
    /// `et assure`, `y entregará`): a coordinator directly followed by a finite verb with its own
    /// meaning, in the same sentence.
    static func nextCoordinated(after q: Int, in s: SentenceContext) -> Int? {
        var r = q
        while r < s.count, r < q + 30 {
            let t = s.token(r)
            if t.isSentenceEnd || t.isMark(";") || t.isMark(":") { return nil }
            if s.has(r, .separator) || s.isWord(r, Keys.but) {
                var v = Predicate.skipTransparent(from: r + 1, in: s)
                if s.has(v, .separator) { v = Predicate.skipTransparent(from: v + 1, in: s) }
                if s.has(v, [.auxiliary, .future]), !s.has(v, .copula) || s.has(v + 1, [.participle, .gerund]) { return v }
                // A verb phrase of the lexicon (`et a besoin de`, `et lance un appel`): several words
                // matched as one unit with a verb meaning, a finite verb and its complement.
                if v < s.count, s.units[v].end - s.units[v].first > 1, s.has(v, [.funding, .advocacy, .concern]) { return v }
                if s.has(v, .verbForm), s.has(v, WordClass.meanings), !s.has(v, [.infinitive, .gerund]) || s.language == "en" && !s.has(v, .gerund),
                   !(s.has(v, .participle) && s.language != "en") {
                    return v
                }
            }
            r += 1
        }
        return nil
    }
}
