/// Agencies named together as one subject or object: `UNHCR`, `UNHCR and IOM`,
/// `UNHCR, IOM, UNICEF and NGO partners`, `la OIM y sus socios`.
struct AgencyGroup {
    /// Unit indices `start..<end` (agencies, separators, collectives).
    var start: Int
    var end: Int
    var agencies: [Int]
    /// Collective subjects in the group (`partners`, `the Government`): the action is joint.
    var collectives: [Int]
    /// The unit before the group, after skipping determiners and list members on the left.
    var before: Int?
    /// The agencies are joined by a correlative (`both UNHCR and IOM`, `tanto ACNUR como la OIM`):
    /// a joint action, as with a collective.
    var correlative = false

    /// The action is joint: partners, a government or a correlative pair share it.
    var isJoint: Bool { !collectives.isEmpty || correlative }

    /// Builds the group that contains the agency at `u`, extending over separators,
    /// determiners, agencies and collective nouns (one modifier word allowed: `national NGOs`).
    init(at u: Int, in s: SentenceContext) {
        start = u
        agencies = [u]
        collectives = []
        var j = Self.skipAcronym(after: u + 1, in: s)
        // `El Alto Comisariado ... (ACNUR) y el PMA`: an acronym in brackets after a name the table
        // does not know (a misspelling, a variant) is the member; the list goes on past the bracket.
        if u >= 1, s.token(u - 1).isMark("(") || s.token(u - 1).isMark("（"), s.token(j).isMark(")") || s.token(j).isMark("）"),
           s.has(j + 1, .separator), s.token(j + 1).kind == .word { j += 1 }
        correlative = s.isWord(Self.skipDeterminers(before: u - 1, in: s), Keys.correlativeFirst)
        while s.has(j, .separator) || correlative && s.isWord(j, Keys.correlativeSecond), !s.token(j).quoted {
            // `难民署与政府紧密合作，为难民提供`: `与` before the partner of a cooperation is `with`.
            if ChineseCooperation.isWith(j, in: s) { break }
            var m = j + 1
            // A conjunction after the comma that closes an apposition (`Le HCR, l'Agence ..., et l'OIM`).
            // So is one before the partners (`UNHCR, the UN Refugee Agency, and humanitarian partners`).
            if s.token(j).kind == .punctuation, s.has(m, .separator), s.token(m).kind == .word,
               s.isAgency(m + 1) || Self.isArticle(m + 1, in: s) && s.isAgency(m + 2) || (m + 1...m + 2).contains(where: { s.has($0, .partnersWord) }) { m += 1 }
            // The preposition repeated before the second member (`del ACNUR o de otros organismos`).
            let repeated = s.token(j).kind == .word && s.has(m, .preposition) && !s.isAgency(m)
            if repeated { m += 1 }
            while s.has(m, .determiner) { m += 1 }
            // `et les partenaires`, `y los socios`: the article before the partners; the article
            // before a full name is a unit of its own after a conjunction (`et l'`Organisation
            // internationale pour les migrations, `(ACNUR) y la Organización Internacional ...`),
            // also after an apposition's comma, not after a repeated preposition.
            if Self.isArticle(m, in: s), s.has(m + 1, .partnersWord)
                || s.isAgency(m + 1) && (s.token(m - 1).kind == .word && s.units[m + 1].agency != nil || !repeated && s.token(j).kind == .word) { m += 1 }
            // `La OIM, una agencia de las Naciones Unidas, confirmó`: a description between commas
            // describes the agency before it, an apposition, not a second member.
            if m < s.count, s.token(j).isComma, s.units[m].agency == nil, s.has(m, .agencyDescription), s.isComma(m + 1) { break }
            if s.isAgency(m), !s.has(m, .possessivePronoun) {
                agencies.append(m)
                m = Self.skipAcronym(after: m + 1, in: s) - 1
            } else if s.has(m, .collective) {
                collectives.append(m)
                // `les partenaires humanitaires`, `los socios humanitarios`: the adjective after them.
                if s.has(m, .partnersWord), s.isWord(m + 1, Keys.humanitarian) { m += 1 }
                // `les agences partenaires`, `las organizaciones socias`: partners named by their kind.
                if Self.partnerOrganizations(m, in: s) != nil, s.language != "en" { m += 1 }
            } else if s.language == "en", s.has(m, .partnersWord), Self.partnerOrganizations(m + 1, in: s) == m {
                // `partner agencies`, `partner organisations`: partners named by their kind.
                m += 1
                collectives.append(m)
            } else if let c = Self.modifiedCollective(from: m, in: s) {
                // `national NGOs`, `其他相关联合国机构`: modifiers before a collective noun; `与联合国一道`:
                // a partner joined by `together` (`一道`, `一起`, `共同`) in Chinese.
                m = c
                collectives.append(m)
            } else if let n = Self.number(at: m, in: s), let c = (n + 1..<min(n + 4, s.count)).first(where: { s.has($0, .collective) }) {
                // `和40个非政府组织伙伴`, `and 38 NGO partners`, `和逾40个人道组织`.
                m = c
                collectives.append(m)
            } else {
                break
            }
            j = m + 1
        }
        // `红十字会等组织`: the agency and others of its kind.
        if s.has(j, .collective), Keys.etc.contains(s.token(j).key) {
            collectives.append(j)
            j += 1
        }
        end = j
        // `UNHCR with the Commissioner for Refugees, local authorities and other partners continue`:
        // a bare `with` list that holds the government or a collective shares the subject.
        if let c = CompanionList.shared(after: j, in: s) { collectives.append(c) }
        let conjunction = (u..<j).contains { s.has($0, .separator) && s.token($0).kind != .punctuation }
        var l = u - 1
        // `reclamaron al Alto Comisionado de la ONU para Refugiados (ACNUR) apoyo`: an acronym in
        // brackets after a name the table does not know stands for that name; what comes before
        // the name comes before the agency.
        if let name = Self.unknownNameStart(beforeBracket: u - 1, in: s) { l = name - 1 }
        // The article before a full name is a unit of its own (`a la` Organización Internacional).
        while l >= 0, s.has(l, [.separator, .determiner, .collective]) || s.isAgency(l) || l == u - 1 && s.isWord(l, Keys.articles) {
            if s.has(l, .preposition) || s.has(l, .possessiveBefore) { break }
            // A comma joins a list only when the list has a conjunction or an agency before it.
            if s.token(l).kind == .punctuation, !conjunction, !s.isAgency(l - 1) { break }
            // `l'ONG Save the Children`, `la ONG Save the Children`: the noun right before the name
            // classifies it (an apposition), no other member of the subject.
            if s.has(l, .collective), !s.has(l, [.separator, .determiner]), !(l == u - 1 && s.isWord(l, Keys.ngo)) { collectives.append(l) }
            l -= 1
        }
        before = l >= 0 ? l : nil
        // `他和...洛科克，以及国际移民组织总干事维托里诺一起前往`: joined after someone else and then
        // `一起` (together), the agency acts jointly with them.
        if s.language == "zh", l >= 0, j < s.count, s.has(u - 1, .separator), s.token(u - 1).kind != .punctuation,
           Self.together.contains(s.hanziWord(j)) {
            collectives.append(u - 1)
        }
        // `Trois organismes de l'ONU : le HCR, le PAM et l'UNICEF ont organisé`, `UN agencies (UNHCR,
        // WFP, UNICEF) organized`: several agencies that spell out a collective before a colon or a
        // bracket are that collective, acting together.
        if agencies.count > 1, l >= 1, let c = Self.collectiveSpelledOut(before: l, in: s) {
            collectives.append(c)
        }
        // `La Comar y el ACNUR`, `COMAR and UNHCR`, `the Ministry of Health and UNHCR`, `Les autorités
        // mexicaines et le HCR`: a national body before a conjunction joins the agency, as `the
        // Government and UNHCR` does.
        if l >= 0, l + 1 < u, s.has(l + 1, .separator), s.token(l + 1).kind == .word, let body = Self.nationalBody(endingAt: l, in: s) {
            collectives.append(body)
        }
    }

    /// The collective noun (`organismes`, `agencies`, `agencias`) at most five units before the
    /// colon or opening bracket at `b`, with only words and no verb between them; its unit.
    private static func collectiveSpelledOut(before b: Int, in s: SentenceContext) -> Int? {
        let mark = s.token(b)
        guard mark.isMark(":") || mark.isMark("(") || mark.isMark("：") || mark.isMark("（") else { return nil }
        var k = b - 1
        while k >= 0, k >= b - 5 {
            if s.has(k, .collective) { return k }
            guard s.token(k).kind == .word || s.token(k).kind == .number, !s.isAgency(k),
                  !s.has(k, [.verbForm, .auxiliary, .copula, .future]) || s.has(k, [.preposition, .determiner]) else { return nil }
            k -= 1
        }
        return nil
    }

    /// A national body whose name ends at unit `l` (right before a conjunction): a proper name (an
    /// acronym, or a capitalized word that does not open the sentence: `COMAR`, `la Comar`, `la
    /// Comisión Mexicana de Ayuda a Refugiados`), or a collective or government noun with at most
    /// four modifiers, prepositions, articles and portfolio words after it (`autorités mexicaines`,
    /// `autoridades locales`, `the national commission for refugees`, `le ministère algérien des
    /// Affaires étrangères`); its unit.
    private static func nationalBody(endingAt l: Int, in s: SentenceContext) -> Int? {
        guard s.language != "zh" else { return nil }
        var k = l
        while k >= 0, k >= l - 4 {
            guard s.token(k).kind == .word, !s.isAgency(k), !s.has(k, [.possessivePronoun, .subjectPronoun, .agencyReference, .agencyDescription]) else { return nil }
            if s.has(k, .collective) || s.isWord(k, Keys.governmentBodies) { return k }
            if k == l, s.isAllCaps(k) || k > 0 && s.isCapitalized(k), !s.has(k, WordClass.verbs), !s.has(k, [.verbForm, .determiner, .preposition, .timeWord]) { return k }
            // Only modifiers, prepositions and articles between the body and the conjunction; a
            // capitalized word is the body's portfolio (`le ministère algérien des Affaires
            // étrangères`, `ministère de la Santé publique`), not a verb.
            guard !s.has(k, [.verbForm, .auxiliary, .copula, .future, .separator]) || s.has(k, [.preposition, .determiner]) else { return nil }
            k -= 1
        }
        return nil
    }

    /// The collective noun after up to three modifier words (six Chinese units) starting at `m` (words the lexicon
    /// does not know, or a Chinese name that no agency list holds), or in Chinese the last such
    /// word before `一道`/`一起`/`共同` (together).
    private static func modifiedCollective(from m: Int, in s: SentenceContext) -> Int? {
        var k = m
        // Chinese units are often single characters (`联`, `合`, `国`): a longer window.
        let limit = m + (s.language == "zh" ? 6 : 3)
        while k < s.count, k < limit, s.token(k).kind == .word || s.token(k).kind == .han,
              s.units[k].classes.isEmpty || s.language == "zh" && !s.has(k, WordClass.verbs.union([.report, .dataVerb, .future, .auxiliary]))
                // `其他人道救援机构`: a verb right before the collective noun is its modifier (relief agencies).
                || s.language == "zh" && k > m && s.has(k + 1, .collective) && !s.has(k, [.report, .future, .auxiliary]) {
            if s.has(k + 1, .collective) { return k + 1 }
            // `其他相关联合国机构`: a description of UN agencies after modifiers names several.
            if s.language == "zh", k > m, s.has(k, .agencyDescription) { return k }
            if s.language == "zh", k + 1 < s.count, Self.together.contains(s.hanziWord(k + 1)) { return k }
            k += 1
        }
        return nil
    }

    /// A count at `m`, or in Chinese after a word that says about or more (`逾40`, `约30`): the
    /// number's unit.
    private static func number(at m: Int, in s: SentenceContext) -> Int? {
        guard m < s.count else { return nil }
        if s.token(m).kind == .number { return m }
        guard s.language == "zh", m + 1 < s.count, s.token(m + 1).kind == .number, s.token(m).kind == .han,
              Keys.chineseApproximators.contains(s.hanziWord(m)) else { return nil }
        return m + 1
    }

    /// Chinese `together` after a partner (`与联合国一道`, `和伙伴一起`, `共同`): words of several
    /// characters, compared as text.
    private static let together: Set<String> = Set(["一道", "一起", "共同"].map(HanziFold.fold))

    /// The first unit of a name the table does not know right before the opening bracket at `b`
    /// (`Alto Comisionado de la ONU para Refugiados (`): capitalized words, at least two, and the
    /// function words of names between them; `nil` when `b` is no bracket or no such name ends there.
    private static func unknownNameStart(beforeBracket b: Int, in s: SentenceContext) -> Int? {
        guard b >= 1, s.token(b).isMark("("), s.language != "zh" else { return nil }
        var k = b - 1, first: Int?, capitalized = 0
        // Each word of a unit (a unit may be a phrase: `de la ONU`) is capitalized or a function word.
        outer: while k >= 0, s.token(k).kind == .word {
            var named = false
            for word in s.text(s.units[k].first, s.units[k].end).split(separator: " ") {
                if let letter = word.first, letter.isUppercase {
                    named = true
                } else if !AgencyNameCase.functionWords.contains(word.lowercased()) {
                    break outer
                }
            }
            if named {
                first = k
                capitalized += 1
            }
            k -= 1
        }
        return capitalized >= 2 ? first : nil
    }

    /// The unit after an agency's acronym in brackets (`the International Organization for
    /// Migration (IOM)`): the acronym is the same agency, not a new subject.
    static func skipAcronym(after j: Int, in s: SentenceContext) -> Int {
        guard j + 2 < s.count, s.token(j).isMark("(") || s.token(j).isMark("（"), s.units[j + 1].agency != nil,
              s.token(j + 2).isMark(")") || s.token(j + 2).isMark("）") else { return skipTitledHead(after: j, in: s) }
        return j + 3
    }

    /// `国际移民组织总干事维托里诺`: in Chinese the agency's head named after the agency and a title
    /// (up to five characters) is the same mention; the unit after the head's name, or `j`. (Not
    /// English: `IOM Director General Vitorino` is read as two mentions, as before.)
    private static func skipTitledHead(after j: Int, in s: SentenceContext) -> Int {
        guard j >= 1, s.language == "zh", let agency = s.agencyID(j - 1) else { return j }
        // A title is a unit per character the lexicon does not know (`总干事`).
        for head in j + 1...j + 5 where head < s.count && s.agencyID(head) == agency {
            let title = (j..<head).allSatisfy { u in
                s.token(u).kind == .han && s.units[u].agency == nil
                    && !s.has(u, [.separator, .verbForm, .auxiliary, .future, .preposition, .report]) && !s.has(u, WordClass.meanings)
            }
            return title ? head + 1 : j
        }
        return j
    }

    /// English `A team from UNHCR will help`, `Staff of IOM are assisting`: `of` or `from` after a
    /// staff noun that opens the sentence (only determiners, numbers and modifiers before it, no
    /// verb or preposition) names the agency's staff as the subject, not the agency as an object.
    /// So does a participle of attachment after it in English, French and Spanish (`The Tindouf
    /// section attached to UNHCR distributed`, `La section de Tindouf rattachée au HCR`, `La sección
    /// de Tinduf adscrita al ACNUR`), as `relevant du HCR` and `dependiente del ACNUR` are read.
    private static func namesStaffOpeningTheSentence(before b: Int, in s: SentenceContext) -> Bool {
        guard b >= 1, b <= 7, s.language != "zh" else { return false }
        if s.language == "en", b <= 6, s.isWord(b, Keys.staffFrom), s.has(b - 1, .staffNoun) { return plainModifiers(before: b - 1, in: s) }
        guard b >= 2, s.isWord(b, Keys.attachedTo), s.isWord(b - 1, Keys.attached) else { return false }
        if s.has(b - 2, .staffNoun), plainModifiers(before: b - 2, in: s) { return true }
        // The staff noun heads the sentence (only articles before it) and a place follows it (`de
        // Tindouf`, `en Tinduf`) with no verb.
        var n = 0
        while n < b - 2, s.has(n, .determiner) || s.isWord(n, Keys.articles) { n += 1 }
        guard s.has(n, .staffNoun) else { return false }
        return (n + 1..<(b - 1)).allSatisfy { u in
            s.token(u).kind == .word && !s.has(u, [.verbForm, .auxiliary, .copula, .future]) && !s.isAgency(u)
        }
    }

    /// Only determiners, numbers and modifiers before `n`: no verb, preposition or agency.
    private static func plainModifiers(before n: Int, in s: SentenceContext) -> Bool {
        // A hyphen may join the modifiers (`A six-member team`).
        (0..<n).allSatisfy { u in
            s.token(u).isMark("-") || s.token(u).kind == .word && !s.has(u, [.verbForm, .auxiliary, .copula, .future, .preposition]) && !s.isAgency(u)
        }
    }

    private static func skipDeterminers(before l: Int, in s: SentenceContext) -> Int {
        var l = l
        while s.has(l, .determiner) { l -= 1 }
        return l
    }

    /// Preceded by a preposition or object marker (`with the support of UNHCR`, `由难民署`).
    func isObject(in s: SentenceContext) -> Bool {
        guard let b = before else { return false }
        if Self.namesStaffOpeningTheSentence(before: b, in: s) { return false }
        // `政府正与难民署合作`: `与` after an aspect marker, an adverb or a time word is `with`,
        // not `and`: the agency is the object of the preposition.
        if s.language == "zh", b + 1 < start, s.has(b + 1, .separator), s.has(b, [.auxiliary, .transparent, .timeWord, .future]) { return true }
        // `接受难民署保护和协助的人数`, `获得难民署援助的家庭`: what is received is the agency's (its
        // protection, its aid); the agency is the object's owner, not the receiver's subject.
        if s.language == "zh", b == start - 1, Self.receive.contains(s.hanziWord(b)) { return true }
        // English `to assist UNHCR with tools`, `Donors supported WFP`: right after a verb of its
        // own (not a reporting one: `said UNHCR will`), the agency is that verb's object.
        // (`attending UNICEF supported schools`: a participle after the name makes it the agent of
        // a compound modifier, read as such.)
        if s.language == "en", b == start - 1, s.has(b, .verbForm), !s.has(b, [.auxiliary, .copula, .future, .report, .dataVerb, .causative, .complementizer]),
           s.has(b, WordClass.meanings), !(s.has(end, .participle) && end + 1 < s.count && s.token(end + 1).kind == .word && !s.has(end + 1, [.preposition, .determiner])) { return true }
        // `que`/`qu'` introduces a clause whose subject the agency is (`alors que le PAM a été`).
        return s.has(b, [.preposition, .possessiveBefore, .gerundHost]) && !s.has(b, .complementizer)
    }

    /// Two different agencies or more speak or act together (`Le PAM et le HCR craignent`): a
    /// joint statement, not one agency's voice.
    func namesSeveralAgencies(in s: SentenceContext) -> Bool {
        guard agencies.count > 1, let first = s.agencyID(agencies[0]) else { return false }
        return agencies.dropFirst().contains { s.agencyID($0).map { $0 != first } ?? false }
    }

    /// `Le HCR, l'Agence des Nations Unies pour les réfugiés, et l'OIM appellent`: another agency
    /// joined by a conjunction after the first one's apposition, so the two speak together.
    func joinsAnotherAgencyAfterApposition(in s: SentenceContext) -> Bool {
        let q = Predicate.skipAppositions(from: end, in: s)
        guard q > end, s.has(q, .separator), s.token(q).kind == .word else { return false }
        var r = q + 1
        while Self.isArticle(r, in: s) { r += 1 }
        guard s.isAgency(r), let other = s.agencyID(r) else { return false }
        return other != s.agencyID(agencies[0])
    }

    private static func isArticle(_ u: Int, in s: SentenceContext) -> Bool {
        s.has(u, .determiner) || s.isWord(u, Keys.articles)
    }

    /// `partner agencies`, `partner organizations` (one unit or two), `agences partenaires`,
    /// `organizaciones socias`: at `c`, an organization noun with the partners word before it
    /// (English) or after it; the unit where the phrase starts, or `nil`.
    static func partnerOrganizations(_ c: Int, in s: SentenceContext) -> Int? {
        guard c < s.count else { return nil }
        if s.language == "en", s.has(c, .collective), s.units[c].end - s.units[c].first == 2, s.has(c, .partnersWord) || s.token(s.units[c].first).key == partnerKey { return c }
        guard s.isWord(c, organizationNouns) else { return nil }
        if s.language == "en" { return c >= 1 && s.has(c - 1, .partnersWord) ? c - 1 : nil }
        return s.language != "zh" && s.has(c + 1, .partnersWord) ? c : nil
    }

    /// `partner`, the first word of the phrase unit `partner organizations`.
    private static let partnerKey = TokenHash.hash(TokenHash.fold("partner"))

    /// The kinds of organization partners are named by.
    private static let organizationNouns = Keys.of(["agencies", "organizations", "organisations", "agences", "organismes", "agencias", "organizaciones", "organismos"])

    /// Chinese verbs of receiving (`接受`, `获得`), folded.
    private static let receive: Set<String> = Set(["接受", "得到", "获得", "接收", "领取"].map(HanziFold.fold))

    /// Plural nouns for agencies, counted among partners in an apposition.
    private static let agencyPlurals = Keys.of(["agencies", "agences", "agencias", "organismes", "organismos"])

    /// A dash, bracket or comma right after unit `c` opens an apposition that names an agency or
    /// counts agencies (within eight units).
    private static func appositionNamesAgencies(after c: Int, in s: SentenceContext) -> Bool {
        guard c + 1 < s.count else { return false }
        let open = s.token(c + 1)
        guard open.isMark("–") || open.isMark("—") || open.isMark("-") || open.isMark("(") || open.isComma else { return false }
        return (c + 2..<min(c + 10, s.count)).contains { s.isAgency($0) || s.isWord($0, agencyPlurals) }
    }

    /// One agency with a bare `and partners` (`UNICEF and partners will ...`), a count of them
    /// (`and 17 partners`), partners named by their kind (`and partner agencies`), or with partners
    /// only called humanitarian (`UNHCR and humanitarian partners`, `le HCR et les partenaires
    /// humanitaires`, `el ACNUR y los socios humanitarios`, `难民署和人道主义伙伴`); `NGO partners`
    /// and `other partners` name others sharing the subject.
    func isAgencyAndBarePartners(in s: SentenceContext) -> Bool {
        guard agencies.count == 1, collectives.count == 1 else { return false }
        // The comma that closes an apposition before the conjunction (`UNHCR, the UN Refugee Agency, and partners`).
        let a = s.isComma(agencies[0] + 1) && s.has(agencies[0] + 2, .separator) ? agencies[0] + 1 : agencies[0]
        // `UNHCR and partner agencies`, `le HCR et les agences partenaires`, `ACNUR y las agencias
        // socias`: bare partners named by their kind, after the conjunction and an article.
        if let first = Self.partnerOrganizations(collectives[0], in: s) {
            return s.has(a + 1, .separator) && s.token(a + 1).kind == .word && (first == a + 2 || first == a + 3 && Self.isArticle(a + 2, in: s))
        }
        guard s.has(collectives[0], .partnersWord), s.units[collectives[0]].end - s.units[collectives[0]].first == 1 || s.language == "zh" else { return false }
        let c = collectives[0]
        if c == a + 2 { return true }
        guard c == a + 3, s.has(a + 1, .separator), s.token(a + 1).kind == .word || s.language == "zh" else { return false }
        // `UNHCR and 17 partners`, `le HCR et 15 partenaires`, `el ACNUR y 18 socios`: its partners, counted.
        // Unless an apposition counts other agencies among them (`ACNUR y 41 socios – entre quienes se
        // encuentran seis agencias de la ONU –`, `UNHCR and 41 partners (including six UN agencies)`):
        // then they are others sharing the subject.
        if s.token(a + 2).kind == .number, s.language != "zh" { return !Self.appositionNamesAgencies(after: c, in: s) }
        // `难民署和人道主义伙伴`: the Chinese adjective is a unit of several characters.
        if s.language == "zh" { return Keys.chineseHumanitarian.contains(s.hanziWord(a + 2)) }
        return s.isWord(a + 2, Keys.humanitarian) || Self.isArticle(a + 2, in: s) && s.isWord(c + 1, Keys.humanitarian) && end == c + 2
    }
}
