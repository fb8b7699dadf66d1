/// What the clause after a subject says it does, read by meaning: the verb group is found past
/// appositions, parentheticals, time adverbials, adverbs, auxiliaries and negation; its main verb
/// is classified by its lemma's class in `verbs.json`; verbs coordinated with it (`refurbished
/// ... and stockpiled`) are read too; a passive (`is concerned`, `was established`) or a
/// self-description (`is the leading agency`, `plays a key role`) is recognised; reporting verbs
/// open the reported clause (`said it would open`).
enum Predicate: Equatable {
    /// No verb the rules know (the agency is a modifier: `UNHCR Representative`, `WFP trucks`),
    /// or a passive whose subject is the agency (`UNHCR was established in 1950`).
    case none
    /// A coordination, mandate or data role: leads, co-chairs, convenes, is mandated, estimates.
    case coordination
    /// Support to others (`provides technical support`, `提供支持`): legitimate in coordination
    /// sections, agency-centred elsewhere.
    case support(verb: Int)
    /// Funding need (`requires`, `a besoin de`, `需要`) at unit `verb`.
    case funding(verb: Int)
    /// The agency acts: a future or an action verb at unit `verb`.
    case action(verb: Int)
    /// Concern or advocacy in the agency's voice (`is deeply concerned`, `urges`, `exhorte`).
    case advocacy(verb: Int)
    /// Praise of the agency (`is the leading agency`, `plays a key role`, `est l'acteur de référence`).
    case selfPromotion(verb: Int)
    /// The agency's staff, offices or presence (`has 60 staff`, `cuenta con doce oficiales`).
    case staffing(verb: Int)

    /// A funding need.
    var isFunding: Bool { if case .funding = self { true } else { false } }

    /// The unit of the verb (or its start), when there is one.
    var verb: Int? {
        switch self {
        case .none, .coordination: nil
        case .support(let v), .funding(let v), .action(let v), .advocacy(let v), .selfPromotion(let v), .staffing(let v): v
        }
    }

    /// How strongly a predicate makes the sentence agency-centred: the strongest of coordinated
    /// predicates is kept.
    fileprivate var rank: Int {
        switch self {
        case .none: 0
        case .coordination: 1
        case .support: 2
        case .staffing: 3
        case .selfPromotion: 4
        case .advocacy: 5
        case .funding: 6
        case .action: 7
        }
    }

    /// Reads the predicate that starts at unit `start` (right after the subject).
    static func read(from start: Int, in s: SentenceContext) -> Predicate {
        if s.language == "zh" {
            if let hoped = HopedFunding.read(at: start, in: s) { return hoped }
            return ChinesePredicate.read(from: start, in: s)
        }
        var p = skipAppositions(from: start, in: s)
        // `Le HCR « est en train de réorienter ... »`: the agency's own words quoted after it, the
        // agency unquoted, are its predicate.
        if start > 0, p == start, p + 1 < s.count, !s.token(start - 1).quoted, opensQuotation(s.token(p)) { p += 1 }
        p = skipTransparent(from: p, in: s)
        // The agency names the staff or assets that act (`IOM's teams`, `WFP trucks were`): a noun
        // that is also a verb form is a noun when a verb follows it.
        var staff = false
        // `The IOM protection teams are assisting`: one plain noun between the agency and its staff.
        if s.language == "en", p + 1 < s.count, s.units[p].classes.isEmpty, s.units[p].agency == nil, s.token(p).kind == .word, !s.isCapitalized(p),
           s.has(p + 1, .staffNoun), verbFollows(p + 1, in: s) || unknownPastFollows(p + 1, in: s) {
            p += 1
        }
        if s.has(p, .staffNoun), !s.has(p, WordClass.verbs) && !s.has(p, .verbForm) || verbFollows(p, in: s) {
            // People, not premises (`The UNHCR office in Adré will be expanded` says nothing of acting).
            staff = !s.isWord(p, Keys.premises)
            p = skipTransparent(from: p + 1, in: s)
        } else if s.language == "en", s.isWord(p, Keys.operations) {
            // `UNHCR operations in Kakuma remained focused`: the agency's operations are its subject
            // when a verb follows them (past a place); `to assist UNHCR operations with guidance`
            // names what is assisted.
            let after = skipLocation(from: skipTransparent(from: p + 1, in: s), in: s)
            if s.has(after, [.auxiliary, .future, .copula]) || s.has(after, .verbForm) && !s.has(after, [.participle, .gerund, .infinitive]) || s.has(after, .participle) && s.prose.hasFoldedSuffix(s.token(after), "ed") {
                p = skipTransparent(from: p + 1, in: s)
            }
        }
        // `L'agence onusienne basée à Genève appelle`, `La OIM basada en Ginebra entrega`: a
        // participle (or a word the lexicon does not know) with a place between the agency and its verb.
        if p + 1 < s.count, s.token(p).kind == .word, s.has(p, .participle) || s.units[p].classes.isEmpty && s.units[p].agency == nil, !s.isCapitalized(p) {
            let after = skipLocation(from: p + 1, in: s)
            if after > p + 1 { p = after }
        }
        p = skipLocation(from: p, in: s)
        p = skipMeans(from: p, in: s)
        p = Companion.skip(from: p, in: s)
        // A closing parenthesis or a comma left after an apposition the subject group took in
        // (before a verb, or a verb phrase of the lexicon: `(HCR), a lancé un appel`).
        if p < s.count, s.token(p).isMark(")") || s.token(p).isMark("）") || s.isComma(p) && verbAfterComma(skipTransparent(from: p + 1, in: s), in: s) {
            p = skipTransparent(from: p + 1, in: s)
        }
        // `Le PAM – Tchad va recevoir`, `WFP – Chad will receive`: a country office after a dash.
        if p + 2 < s.count, s.token(p).isMark("–") || s.token(p).isMark("-") || s.token(p).isMark("—"), s.isCapitalized(p + 1),
           s.units[p + 1].classes.isEmpty, s.units[p + 1].agency == nil, s.has(p + 2, [.auxiliary, .future, .verbForm]) {
            p += 2
        }
        guard p < s.count else { return .none }
        if let hoped = HopedFunding.read(at: p, in: s) { return hoped }
        var (first, end) = VerbGroup.read(at: p, in: s)
        // The agency's staff deployed, recruited, sent: `UNHCR staff will be deployed`.
        if staff, first == .none, let v = (p..<min(p + 4, s.count)).first(where: { s.has($0, .participle) && s.has($0, .action) }),
           (p..<v).contains(where: { s.has($0, .copula) }) {
            first = .action(verb: v)
        }
        // Coordinated predicates: `... and stockpiled 8,000 kits`, `et assure`, `y entregará`.
        var q = end
        var seen = 0
        // After a reporting verb the rest of the sentence is the reported clause: its verbs are
        // not coordinated with the agency's (`said five people had entered ... and been taken`).
        // A data verb with a count as its object reports no clause: an act coordinated with it is
        // the subject's (`a identifié 8 Camerounais, et procédera à l'enregistrement des autres`).
        let reporting = end > 0 && (s.has(end - 1, .report) || s.has(end - 1, .dataVerb) && !countObject(after: end - 1, in: s) || LightReport.ends(before: end, in: s))
        // Funding without money in the sentence says nothing (`and seek refuge`): it does not
        // outrank the first predicate.
        let money = s.units.indices.contains { s.isMoney($0) }
        while !reporting, let next = VerbGroup.nextCoordinated(after: q, in: s), seen < 4 {
            let (other, otherEnd) = VerbGroup.read(at: next, in: s)
            if other.rank > first.rank, money || !other.isFunding { first = other }
            q = max(otherEnd, next + 1)
            seen += 1
        }
        end = q
        return first
    }

    /// The data verb at `v` takes a count or a noun phrase as its direct object (`identified 8
    /// Cameroonians`, `a enregistré 5 900 réfugiés`, `anticipates a swell in arrivals`), or shares
    /// it with a verb coordinated right after it (`a enregistré et assisté`), not a reported
    /// clause (`that`, `que`, a colon, `expects the refugees will`).
    private static func countObject(after v: Int, in s: SentenceContext) -> Bool {
        // `a enregistré et assisté 15 000 migrants`: another verb shares the object.
        if s.has(v + 1, .separator), s.token(v + 1).kind == .word, s.has(v + 2, .verbForm) { return true }
        var r = v + 1
        while r < s.count, r <= v + 2, s.has(r, [.determiner, .transparent]) || s.isWord(r, Keys.articles) { r += 1 }
        if r < s.count, s.token(r).kind == .number { return !s.has(r, .complementizer) }
        // `anticipates a swell in the number of arrivals`: an article and a noun, no clause.
        return r > v + 1 && r < s.count && (s.has(r - 1, .determiner) || s.isWord(r - 1, Keys.articles)) && s.token(r).kind == .word
            && !s.has(r, [.verbForm, .complementizer, .auxiliary, .copula, .future]) && !s.has(r + 1, [.auxiliary, .future, .copula])
    }

    /// A verb right after unit `p`, so that a noun which is also a verb form is the noun (`WFP
    /// trucks were`, `a UNICEF airlift delivers`, `IOM Libya staff provided`): an auxiliary, a
    /// copula, a future, a gerund, or a finite form of a verb the lexicon knows (an English past
    /// form too, unless an agent follows it: `the staff provided by IOM`).
    /// `IOM health teams waded through`: a word the lexicon does not know, ending in `-ed`, right
    /// after the staff noun at `p` is its past (the `-ed` form right after a subject is a verb).
    private static func unknownPastFollows(_ p: Int, in s: SentenceContext) -> Bool {
        guard p + 1 < s.count, s.units[p + 1].classes.isEmpty, s.units[p + 1].agency == nil, s.token(p + 1).kind == .word else { return false }
        let t = s.token(p + 1)
        return s.prose.hasFoldedSuffix(t, "ed") && t.byteCount > 4 && !s.isCapitalized(p + 1)
    }

    /// An opening quotation mark (`«`, `“`, `„`, `‹`).
    private static func opensQuotation(_ t: Token) -> Bool {
        t.isMark("«") || t.isMark("“") || t.isMark("„") || t.isMark("‹")
    }

    static func verbFollows(_ p: Int, in s: SentenceContext) -> Bool {
        if s.has(p + 1, [.auxiliary, .copula, .future, .gerund]) { return true }
        // `UNHCR protection staff escort the refugees`: after staff, an English base form with an
        // object after it (an article, a determiner, a number) is the present of a plural.
        let present = s.language == "en" && p + 2 < s.count && s.has(p, .staffNoun) && (s.has(p + 2, .determiner) || s.isWord(p + 2, Keys.articles) || s.token(p + 2).kind == .number)
        guard s.has(p + 1, .verbForm), s.has(p + 1, WordClass.verbs), !s.has(p + 1, .infinitive) || present else { return false }
        return !s.has(p + 1, .participle) || s.language == "en" && !s.has(p + 2, .agentMarker)
    }

    /// Double quotation marks (not the apostrophes ``QuoteMarker`` also knows).
    private static let doubleQuotes: Set<Unicode.Scalar> = ["\"", "“", "”", "«", "»", "„", "「", "」", "『", "』"]

    /// Skips time adverbials, adverbs, negation, clitics and other words that can stand between a
    /// subject and its verb (`last week`, `depuis janvier`, `este mes`, `rapidly`, `ne`, `se`).
    static func skipTransparent(from start: Int, in s: SentenceContext) -> Int {
        var p = start
        var steps = 0
        while p < s.count, steps < 8 {
            let t = s.token(p)
            let adverb = t.kind == .word && t.key == t.exactKey && adverbShape(t, s) && !s.has(p, .verbForm)
                // Quotation marks around an adverb (`had “significantly” reduced`), or opening a
                // quoted predicate (`a « mobilisé des ressources »`).
                || t.kind == .punctuation && doubleQuotes.contains(t.scalar)
            let skippable = (s.has(p, [.transparent, .timeWord, .negation]) && !s.has(p, WordClass.verbs.subtracting(.future)) && !s.has(p, .auxiliary))
                || adverb || (s.language != "en" && s.has(p, .possessiveBefore) == false && isClitic(p, s))
            // A deictic time phrase: a demonstrative and a time word (`ce jeudi`, `cette semaine`,
            // `esta mañana`, `this morning`).
            if !skippable, s.isWord(p, Keys.demonstratives), s.has(p + 1, .timeWord) || s.isWord(p + 1, Keys.timeNouns) {
                p += 2
                steps += 1
                continue
            }
            guard skippable else { break }
            p += 1
            steps += 1
        }
        return p
    }

    /// Skips a place after a subject (`in Chad`, `au Tchad`, `en Tapachula`): a preposition of
    /// place and capitalized words, when a verb follows.
    static func skipLocation(from start: Int, in s: SentenceContext) -> Int {
        guard start < s.count, s.isWord(start, Keys.place) else { return start }
        var q = start + 1
        if s.has(q, .determiner) { q += 1 }
        let first = q
        while q < s.count, q < first + 3, s.token(q).kind == .word, s.isCapitalized(q) || s.isAllCaps(q) { q += 1 }
        if q == first, let end = lowerCasePlaceEnd(from: first, after: start, in: s) { return end }
        // A place of several names (`in Gao and Mopti`, `à Gao, Mopti et Tombouctou`, `en Gao y
        // Mopti`): a comma or `and` before another capitalized name, no agency and no article (`in
        // Gao and the ministry` joins a second subject).
        var names = 0
        while q > first, names < 4, q + 1 < s.count, s.isComma(q) || s.isWord(q, Keys.correlativeSecond),
              s.token(q + 1).kind == .word, s.isCapitalized(q + 1), !s.isAgency(q + 1), !s.has(q + 1, [.determiner, .function]) {
            q += 2
            while q < s.count, s.token(q).kind == .word, s.isCapitalized(q), !s.isAgency(q), !s.has(q, .determiner) { q += 1 }
            names += 1
        }
        q = skipAppositions(from: q, in: s)
        guard q > first, q < s.count, s.has(q, [.auxiliary, .future, .verbForm, .transparent, .timeWord, .inflectedFuture, .hasStaff, .copula]) || s.has(q, WordClass.verbs) else { return start }
        return q
    }

    /// Skips a means phrase without commas between a subject and its verb (`L'UNHCR via le
    /// partenaire FLM avait planifié`, `El ACNUR a través del socio FLM organizó`, `UNHCR through
    /// the partner FLM distributed`): `via`, `through`, `mediante`, `à travers`, `a través de`, `por
    /// medio de`, `by means of` and up to six words with no verb, when a verb follows. A possessive after the
    /// marker (`via ses partenaires`) is the agency and its partners, read elsewhere.
    static func skipMeans(from start: Int, in s: SentenceContext) -> Int {
        guard start + 1 < s.count, s.language != "zh" else { return start }
        var q: Int
        if s.isWord(start, Keys.meansMarkers) { q = start + 1 }
        else if s.isWord(start + 1, Keys.meansSecondWords), s.isWord(start, Keys.meansFirstWords) { q = start + 2 }
        else { return start }
        // English `by means of`.
        if s.language == "en", s.isWord(q, Keys.ofWord) { q += 1 }
        guard !s.has(q, .possessivePronoun), !s.has(q, .itsPartners) else { return start }
        let first = q
        while q < s.count, q < first + 7, s.token(q).kind == .word || s.token(q).kind == .number {
            // An English past is also a participle form (`through the partner FLM distributed`).
            // A noun that is also a verb form (`the partner`, `le partenaire`) is the noun.
            let finite = s.has(q, .verbForm) && !s.has(q, s.language == "en" ? [.gerund] : [.infinitive, .participle, .gerund])
                && !s.has(q, [.collective, .partnersWord]) && !s.has(q - 1, .determiner) && !s.isWord(q - 1, Keys.articles)
            if q > first, finite || s.has(q, [.auxiliary, .future, .inflectedFuture]) { return q }
            if s.isAgency(q) || s.has(q, [.separator, .complementizer, .subjectPronoun]) { return start }
            q += 1
        }
        return start
    }

    /// A place phrase in lower case after an agency's offices or staff (`les bureaux de l'OIM dans
    /// les pays d'accueil et de transit ont fourni`, `las oficinas de la OIM en los países de
    /// acogida entregaron`, `IOM offices in the host and transit countries provided`): words up to
    /// the first finite verb, within twelve units, with no agency, collective or partner joined in
    /// (`in partnership with the government` is a joint action, not a place). The unit where the
    /// verb group starts, or `nil`.
    private static func lowerCasePlaceEnd(from first: Int, after preposition: Int, in s: SentenceContext) -> Int? {
        guard (max(0, preposition - 4)..<preposition).contains(where: { s.has($0, .staffNoun) }) else { return nil }
        var q = first
        // A second place after a comma (`dans la ville de Duékoué, à l'ouest de la Côte-d'Ivoire vient de`).
        while q < s.count, q < first + 12, s.token(q).kind == .word || s.isComma(q) && s.isWord(q + 1, Keys.place) {
            if s.isAgency(q) || s.has(q, [.collective, .agencyReference, .subjectPronoun]) || s.isWord(q, Keys.with) { return nil }
            // `and a senior staff member`: a conjunction before an article joins another noun phrase.
            if s.has(q, .separator), s.has(q + 1, .determiner) || s.isWord(q + 1, Keys.articles) { return nil }
            let finite = s.has(q, .verbForm) && !s.has(q, .infinitive) && !(s.has(q, .participle) && s.isWord(q - 1, Keys.genitive))
            if q > first, finite || s.has(q, [.auxiliary, .copula, .future, .inflectedFuture]) { return q }
            q += 1
        }
        return nil
    }

    /// An adverb by its ending (`rapidly`, `rapidement`, `rápidamente`).
    private static func adverbShape(_ t: Token, _ s: SentenceContext) -> Bool {
        switch s.language {
        case "en": t.byteCount > 4 && s.prose.hasFoldedSuffix(t, "ly")
        case "fr": t.byteCount > 6 && s.prose.hasFoldedSuffix(t, "ment")
        case "es": t.byteCount > 6 && s.prose.hasFoldedSuffix(t, "mente")
        default: false
        }
    }

    /// French and Spanish object and reflexive clitics before a verb.
    private static func isClitic(_ u: Int, _ s: SentenceContext) -> Bool {
        guard s.token(u).kind == .word, s.has(u + 1, .verbForm) || s.has(u + 1, .auxiliary) else { return false }
        return s.isWord(u, s.language == "fr" ? Keys.frenchClitics : Keys.spanishClitics)
    }

    /// Skips `, the UN Migration Agency,` / `(UNICEF)` / `, as sector lead,` / `, soutenu par
    /// l'UE,` after a subject: a parenthesis, or a comma-enclosed stretch that holds no finite verb
    /// of its own (a second comma closes it within 16 units).
    /// A verb at `u` after a stray comma: a verb form, an auxiliary, or a phrase of the lexicon
    /// with a verb's meaning (`a lancé un appel`).
    private static func verbAfterComma(_ u: Int, in s: SentenceContext) -> Bool {
        guard u < s.count else { return false }
        return s.has(u, [.verbForm, .auxiliary, .future]) || s.units[u].end - s.units[u].first > 1 && s.has(u, WordClass.meanings)
    }

    static func skipAppositions(from start: Int, in s: SentenceContext) -> Int {
        var p = start
        for _ in 0..<3 {
            if p < s.count, s.token(p).isMark("(") || s.token(p).isMark("（") {
                var q = p + 1
                while q < s.count, q < p + 24, !s.token(q).isMark(")"), !s.token(q).isMark("）") { q += 1 }
                guard q < s.count, q < p + 24 else { return p }
                p = q + 1
                continue
            }
            guard p < s.count else { return p }
            if s.token(p).isMark("—") || s.token(p).isMark("–") {
                var q = p + 1
                while q < s.count, q < p + 20, !s.token(q).isMark("—"), !s.token(q).isMark("–") { q += 1 }
                guard q < s.count, q < p + 20 else { return p }
                p = q + 1
                continue
            }
            guard s.isComma(p) else { return p }
            // `Le Haut-Commissaire ..., M. Antonio Guterres a visité`: a person's name after the
            // comma, its closing comma left out, right before the verb.
            if let verb = nameBeforeVerb(after: p, in: s) {
                p = verb
                continue
            }
            // A stretch that opens with an auxiliary is the verb group, not an apposition (`(OIM),
            // a facilité le retour, en toute sécurité, de ...`).
            if s.has(p + 1, .auxiliary), !s.has(p + 1, .apposition) { return p }
            var q = p + 1
            var finite = false
            while q < s.count, q < p + 18, !s.isComma(q) {
                // (`, M. Jean Dupont,`: the period of a title ends no sentence.)
                if s.token(q).isSentenceEnd && !(q > 0 && ProseParagraph.isTitleOrInitial(s.token(q - 1), before: s.token(q), s.prose)) || s.token(q).isMark(";") { return p }
                // (The article that opens it is no verb: `una`, also a form of `unir`.)
                let article = q == p + 1 && (s.has(q, .determiner) || s.isWord(q, Keys.articles))
                if !article, s.has(q, .verbForm), !s.has(q, [.participle, .gerund, .infinitive]) || s.has(q, .auxiliary) { finite = true }
                q += 1
            }
            guard q < s.count, s.isComma(q), !finite || s.has(p + 1, .apposition) else { return p }
            p = q + 1
        }
        return p
    }

    /// Titles written before a person's name (`M.`, `Mme`, `Mr`, `Dr`, `Sr.`, `Sra.`).
    private static let personTitles = Keys.of(["m", "mme", "mlle", "mr", "mrs", "ms", "dr", "sr", "sra", "srta"])

    /// The verb right after a person's name that follows the comma at `p` (a title, then one to
    /// four capitalized words that name no agency), or `nil`.
    private static func nameBeforeVerb(after p: Int, in s: SentenceContext) -> Int? {
        guard s.language != "zh" else { return nil }
        var q = p + 1
        if s.isWord(q, personTitles) {
            q += 1
            if q < s.count, s.token(q).isMark(".") { q += 1 }
        }
        let first = q
        while q < s.count, q < first + 4, s.token(q).kind == .word, s.isCapitalized(q) || s.isAllCaps(q), s.units[q].agency == nil,
              !s.has(q, [.verbForm, .auxiliary, .copula, .determiner]) { q += 1 }
        guard q > first, q < s.count, s.has(q, [.verbForm, .auxiliary]) || s.has(q, WordClass.meanings), !s.has(q, [.participle, .gerund, .infinitive]) || s.has(q, .auxiliary) else { return nil }
        return q
    }

    /// Whether the unit is an agency's role in coordination (`as sector lead`, `en tant que chef
    /// de file`, `como líder`, `作为...牵头机构`) somewhere in the sentence.
    static func namesCoordinationRole(_ s: SentenceContext) -> Bool {
        // A multi-word apposition is a role (`in its capacity as`, `en tant que`, `作为`); of the
        // one-word ones only `as`, `comme`, `como` (not `the`, `which`).
        for u in s.units.indices where s.has(u, .apposition) && (s.units[u].end - s.units[u].first > 1 || s.isWord(u, Keys.roles)) {
            var q = u + 1
            while q < s.count, q < u + 8, !s.isComma(q) {
                if s.has(q, [.coordination, .coordinationNoun]) || s.isWord(q, Keys.roleHeads) { return true }
                q += 1
            }
        }
        return false
    }
}

extension Predicate {
    /// The strongest of two readings.
    static func strongest(_ a: Predicate, _ b: Predicate) -> Predicate { b.rank > a.rank ? b : a }
}
