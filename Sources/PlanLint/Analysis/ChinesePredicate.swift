/// The predicate of a Chinese subject. Words are segmented by the lexicon's longest match (so
/// `大会` is one word and its `会` is no future marker); the verb may follow a prepositional
/// phrase (`将为...提供`), and clauses after a comma that start without a subject of their own
/// (`，并加强`, `，将向...提供`) continue the same subject. A reporting verb (`表示`, `说`) opens
/// the reported clause; `是 ... 最具权威的机构` and `发挥关键作用` praise the agency; `拥有 ... 名员工`
/// is staffing.
enum ChinesePredicate {
    /// `clauses: false` stops at the first comma (a passive `由...牵头，并...` has another subject after it).
    static func read(from start: Int, in s: SentenceContext, clauses: Bool = true) -> Predicate {
        var best: Predicate = .none
        var future: Int?
        var perfective: Int?
        var v = Predicate.skipAppositions(from: start, in: s)
        // `难民署由大会...设立`: a passive whose agent is someone else; the agency is acted upon
        // (`被迫` is one word, the agency forced to act, and is not this marker).
        if s.isWord(v, Keys.chineseAgent), v + 1 < s.count, !s.isAgency(v + 1) { return .none }
        let limit = v + 48
        var crossedComma = false
        // The subject is the agency named right before (not a clause without a subject of its own).
        let afterAgency = start >= 1 && (s.isAgency(start - 1) || s.has(start - 1, [.agencyReference, .agencyDescription]))
        while v < s.count, v < limit {
            let t = s.token(v)
            if t.isSentenceEnd || t.isMark("；") || t.isMark(";") || t.isMark("：") && !s.has(v - 1, .report) { break }
            if t.isComma {
                if clauses, let funding = conditionalFunding(at: v + 1, in: s) { return Predicate.strongest(best, funding) }
                guard clauses, continuesSubject(v + 1, in: s) else { break }
                crossedComma = true
                v += 1
                continue
            }
            // Parentheses (`（负责应对冲突）`) and statements of purpose (`主要是`, `旨在`) say no more.
            if t.isMark("（") || t.isMark("(") {
                while v < s.count, !s.token(v).isMark("）"), !s.token(v).isMark(")") { v += 1 }
                v += 1
                continue
            }
            if s.has(v, .word), s.units[v].end - s.units[v].first > 1, ["主要是", "旨在", "宗旨", "目的是"].contains(s.text(s.units[v].first, s.units[v].end)) { break }
            // `世界粮食计划署负责东非事务的副署长表示`: what came before `的` describes a person's
            // title, and the person speaks; only the reported clause can be the agency's.
            if s.has(v, .possessive), let report = titleReport(after: v, in: s) {
                best = .none
                future = nil
                perfective = nil
                v = report
                continue
            }
            // `难民署对新抵达难民的状况表示关切`: `对` opens what the agency speaks about; a verb inside
            // it (`抵达`) is no predicate of the agency's: go on at the reporting or concern verb that
            // closes it, in the same clause.
            if about.contains(s.hanziWord(v)),
               let r = (v + 1..<min(v + 24, s.count)).first(where: { s.token($0).isComma || s.token($0).isSentenceEnd || s.has($0, [.report, .concern, .advocacy]) }),
               s.has(r, [.report, .concern, .advocacy]) {
                v = r
                continue
            }
            if s.has(v, .report) {
                if EmphasizedNeed.advocates(after: v, in: s) { return Predicate.strongest(best, .advocacy(verb: v)) }
                return Predicate.strongest(best, complement(after: v, verb: v, in: s))
            }
            if s.has(v, .copula) || s.has(v, .playsRole) || s.isWord(v, Keys.shi) {
                if praise(from: v, in: s) { return Predicate.strongest(best, .selfPromotion(verb: v)) }
            }
            if s.has(v, .hasStaff), staffing(from: v, in: s) { best = Predicate.strongest(best, .staffing(verb: v)) }
            // `难民署统计数据显示，目前每天约有...抵达`: what the agency's data show is a source's
            // report, not a clause of the agency's.
            if s.has(v, [.dataVerb, .citation]), showsData(from: v, in: s) { break }
            // `粮食署现在急需豆类和植物油`: what the subject itself, in its own clause, urgently needs
            // in kind is its appeal in its own voice (as `solicita apoyo internacional urgente` is).
            if !crossedComma, afterAgency, urgentNeeds.contains(s.hanziWord(v)), !VerbGroup.moneyFollows(v, in: s) { return Predicate.strongest(best, .advocacy(verb: v)) }
            // `该组织向国际社会发出了募捐呼吁`, `发出了2320万美元的呼吁`: an appeal for money the
            // subject issues, named as a noun, is its funding appeal.
            if !crossedComma, afterAgency, appealNoun(v, in: s) { return Predicate.strongest(best, .funding(verb: v)) }
            // `难民署提供的帐篷散落在平原上`: the agency's act right after it, modifying what it made or
            // gave (not data it gave: `难民署提供的数据显示`).
            if afterAgency, v == start, v + 2 < s.count, s.has(v, .action), s.has(v + 1, .possessive), !s.has(v + 2, [.dataVerb, .citation, .report]),
               // Money it gave (`国际开发署提供的7700多万美元`) is a donor's contribution.
               !(v + 2..<min(v + 8, s.count)).contains(where: { s.isMoney($0) }),
               !Keys.chineseSourceNouns.contains(where: { s.hanziWord(v + 2).hasPrefix($0) }), case .action = classify(v, in: s) {
                return .action(verb: v)
            }
            if s.has(v, WordClass.meanings), !modifiesNoun(v, in: s) {
                let reading = classify(v, in: s)
                best = Predicate.strongest(best, reading)
                // What an agency calls for (`呼吁各国保持边境开放`) is others' action.
                // What an agency calls for (`呼吁各国保持边境开放`) or needs money for (`需要...美元来实施`)
                // is not another predicate of the agency.
                if case .advocacy = reading { break }
                if case .funding = reading { break }
                // A coordination or mandate verb takes the rest of its clause as object
                // (`负有国际保护职责`): go on at the next clause.
                if reading == .coordination {
                    while v + 1 < s.count, !s.token(v + 1).isComma, !s.token(v + 1).isSentenceEnd { v += 1 }
                }
            }
            if s.has(v, .future), future == nil { future = v }
            if s.has(v, .auxiliary), perfective == nil { perfective = unknownVerb(after: v, in: s) }
            v += 1
        }
        if best == .none, let f = future ?? perfective { return .action(verb: f) }
        return best
    }

    /// The verb at `v` is inside a relative clause: `的` follows it in the same clause, with at
    /// most three words (its object) between and no other verb, and the noun phrase it opens is
    /// the subject of a later predicate of the clause (`抵达乍得的难民中大部分是男性`). Right after
    /// the verb, `的` always makes it a modifier (`新抵达的难民`); `收得所需捐款的38%` (a share of the
    /// object) and `面临严重的资金短缺` keep their verb.
    private static func modifiesNoun(_ v: Int, in s: SentenceContext) -> Bool {
        if s.has(v + 1, .possessive) { return true }
        var r = v + 1
        while r < s.count, r <= v + 4 {
            if s.token(r).isComma || s.token(r).isSentenceEnd { return false }
            if s.has(r, .possessive) { break }
            if s.has(r, WordClass.meanings) || s.has(r, WordClass.verbs) { return false }
            r += 1
        }
        guard r < s.count, r <= v + 4, s.has(r, .possessive) else { return false }
        // A later predicate of the same clause, past the head noun: a copula or a verb (the word
        // right after `的` is the head, even when it can be a verb: `团队的努力`).
        var q = r + 2
        while q < s.count, !s.token(q).isComma, !s.token(q).isSentenceEnd {
            if s.has(q, .copula) || s.isWord(q, Keys.shi) || s.has(q, WordClass.meanings) || s.has(q, WordClass.verbs) { return true }
            q += 1
        }
        return false
    }

    /// Words that open a cause (`由于`, `因为`, `因`).
    static let causes: Set<String> = Set(["由于", "因为", "因"].map(HanziFold.fold))

    /// Progressive markers (`正在`, `正`, `现正`, `仍在`, `还在`): a verb follows.
    private static let progressive: Set<String> = Set(["正在", "正", "现正", "仍在", "还在"].map(HanziFold.fold))

    /// `对`, `对于`, `就` (about, towards) before what a subject speaks about.
    private static let about: Set<String> = Set(["对", "对于", "就"].map(HanziFold.fold))

    /// After `的` at `v`: a person's title (``Keys/chineseTitles``), then, past a name and a
    /// parenthesis, the reporting verb of that person in the same clause.
    private static func titleReport(after v: Int, in s: SentenceContext) -> Int? {
        // The first character of a title, by its hash, before any text is decoded.
        guard v + 1 < s.count, Keys.chineseTitleStarts.contains(s.tokens[s.units[v + 1].first].key) else { return nil }
        let last = min(v + 3, s.count - 1)
        let head = HanziFold.fold(s.text(s.units[v + 1].first, s.units[last].end))
        guard Keys.chineseTitles.contains(where: { head.hasPrefix($0) }) else { return nil }
        var r = v + 1
        while r < s.count, r < v + 16 {
            let t = s.token(r)
            if t.isSentenceEnd || t.isComma { return nil }
            if s.has(r, .report) { return r }
            r += 1
        }
        return nil
    }

    /// An appeal for money named as a noun at `v`: an appeal word of the budget nouns (`募捐呼吁`,
    /// `紧急呼吁`), or `呼吁` after an amount and `的` (`2320万美元的呼吁`).
    private static func appealNoun(_ v: Int, in s: SentenceContext) -> Bool {
        let word = s.hanziWord(v)
        guard word.hasSuffix("呼吁") else { return false }
        // After `的` only an amount owns it (`联合国的募捐呼吁` is another's appeal).
        let amount = s.has(v - 1, .possessive) && (max(0, v - 5)..<v - 1).contains { s.isMoney($0) }
        return s.has(v, .budgetNoun) && !s.has(v - 1, .possessive) || amount
    }

    /// `急需`, `亟需`: urgently needs.
    private static let urgentNeeds: Set<String> = ["急需", "亟需"]

    private static func classify(_ v: Int, in s: SentenceContext) -> Predicate {
        if s.has(v, .concern) { return .advocacy(verb: v) }
        if s.has(v, .advocacy) {
            return VerbGroup.moneyFollows(v, in: s) || gapFollows(v, in: s) ? .funding(verb: v) : .advocacy(verb: v)
        }
        if s.has(v, .coordination), OperationParticipation.isAct(v, in: s) { return .action(verb: v) }
        if s.has(v, .dataVerb), CaseloadProgress.counts(after: v, in: s) { return .action(verb: v) }
        if s.has(v, [.coordination, .mandate, .dataVerb]) { return .coordination }
        if s.has(v, .coordinationTask) {
            return s.section == .coordination || Predicate.namesCoordinationRole(s) ? .coordination : .action(verb: v)
        }
        if s.has(v, .funding) {
            // Without money or a gap, `面临` (faces) or `需要` (needs) says nothing of acting.
            if VerbGroup.moneyFollows(v, in: s) || gapFollows(v, in: s) { return .funding(verb: v) }
            // `正在寻求新的伙伴关系`: seeking partnerships, as in the other languages.
            if (v + 1..<min(v + 6, s.count)).contains(where: { words(at: $0, partnerships, in: s) }) { return VerbGroup.seekingPartners(verb: v, in: s) }
            return s.has(v, .action) ? .action(verb: v) : .none
        }
        if s.has(v, .support) { return .support(verb: v) }
        if s.has(v, [.action, .causative]) {
            if (v + 1..<min(v + 4, s.count)).contains(where: { s.has($0, .supportNoun) }) { return .support(verb: v) }
            if s.section == .coordination || Predicate.namesCoordinationRole(s), VerbGroup.clauseHas(.coordinationNoun, after: v, in: s) { return .coordination }
            // `向合作伙伴提供信息`: information given to partners is information sharing in a
            // coordination section; given to the people served (`向难民提供信息和咨询`) it is a service.
            if s.section == .coordination || Predicate.namesCoordinationRole(s), informationObject(after: v, in: s), !servesPeople(before: v, in: s) { return .coordination }
            return .action(verb: v)
        }
        return .none
    }

    /// A data verb of showing at `v`, or after up to two data words (`统计数据显示`, `数据表明`).
    private static func showsData(from v: Int, in s: SentenceContext) -> Bool {
        var u = v
        while u < s.count, u < v + 3, s.has(u, [.dataVerb, .citation]) {
            if words(at: u, show, in: s) { return true }
            u += 1
        }
        return false
    }

    /// Data verbs that say what data show (`显示`, `表明`).
    private static let show: Set<String> = Set(["显示", "表明"].map(HanziFold.fold))
    /// Prepositions of a recipient that open a clause without a subject (`，向灾民提供`, `，为难民提供`).
    private static let recipients: Set<String> = Set(["向", "为"].map(HanziFold.fold))
    /// Two-character conjunctions that go on with the same subject (`并且`, `同时`, `从而`), folded.
    private static let continuations: Set<String> = Set(["并且", "同时", "从而"].map(HanziFold.fold))

    /// Partnerships and partners sought (`寻求新的伙伴关系`, `寻求合作伙伴`).
    private static let partnerships: Set<String> = Set(["伙伴关系", "合作伙伴关系", "合作伙伴", "伙伴", "合作关系"].map(HanziFold.fold))
    private static let information: Set<String> = Set(["信息", "数据", "资料", "统计数据", "最新信息", "最新数据", "情况"].map(HanziFold.fold))
    private static let servedPeople: Set<String> = Set(["难民", "移民", "家庭", "儿童", "民众", "流离失所者", "返回者", "妇女", "寻求庇护者"].map(HanziFold.fold))

    /// The text of one or two units from `u` is in `words`.
    private static func words(at u: Int, _ words: Set<String>, in s: SentenceContext) -> Bool {
        guard u < s.count else { return false }
        if words.contains(s.hanziWord(u)) { return true }
        return u + 1 < s.count && words.contains(HanziFold.fold(s.text(s.units[u].first, s.units[u + 1].end)))
    }

    /// Information or data within four units after the verb at `v`, in its clause.
    private static func informationObject(after v: Int, in s: SentenceContext) -> Bool {
        var u = v + 1
        while u < s.count, u <= v + 4, !s.isComma(u), !s.token(u).isSentenceEnd {
            if words(at: u, information, in: s) { return true }
            u += 1
        }
        return false
    }

    /// The recipient phrase before the verb at `v` (`向难民`, `为流离失所者`) names the people served.
    private static func servesPeople(before v: Int, in s: SentenceContext) -> Bool {
        var u = v - 1
        while u >= 0, u >= v - 8, !s.isComma(u), !s.isAgency(u) {
            if words(at: u, servedPeople, in: s) { return true }
            u -= 1
        }
        return false
    }

    /// An unknown verb after an aspect marker (`已经治愈了`, `已...过`): one or two characters the
    /// lexicon does not know, then `了`. The lexicon names what is legitimate; this is an act.
    private static func unknownVerb(after v: Int, in s: SentenceContext) -> Int? {
        // `正在引入`: after a progressive marker a word the lexicon does not know is the verb.
        if progressive.contains(s.hanziWord(v)), v + 1 < s.count, s.units[v + 1].classes.isEmpty, s.units[v + 1].agency == nil,
           s.token(v + 1).kind == .han, v + 2 < s.count, s.token(v + 2).kind == .han {
            // Most verbs are two characters: the finding ends after both when both are unknown.
            return s.units[v + 2].classes.isEmpty && s.units[v + 2].agency == nil ? v + 2 : v + 1
        }
        for n in 1...2 {
            let u = v + n
            guard u < s.count, s.units[u].classes.isEmpty, s.units[u].agency == nil, s.token(u).kind == .han else { return nil }
            if s.isWord(u + 1, Keys.perfective) { return v + 1 }
        }
        return nil
    }

    private static func gapFollows(_ v: Int, in s: SentenceContext) -> Bool {
        (v + 1..<min(v + 12, s.count)).contains { s.has($0, [.gapNoun, .budgetNoun]) }
    }

    /// After a comma, a clause that starts with an adverb, a future marker, a preposition or a
    /// verb has no subject of its own: it continues the same subject.
    static func continuesSubject(_ u: Int, in s: SentenceContext) -> Bool {
        guard u < s.count, !s.isAgency(u) else { return false }
        if s.isWord(u, Keys.continuation) || s.units[u].end - s.units[u].first == 2 && continuations.contains(s.hanziWord(u)) { return true }
        // `正在与当地政府协调，向灾民提供`: a recipient phrase opens the next predicate.
        if s.units[u].end - s.units[u].first == 1, recipients.contains(s.hanziWord(u)) { return true }
        // `正在与地方当局协调，团队将前往`: the agency's team, named bare, goes on for it.
        if s.has(u, .staffNoun), s.has(u + 1, [.future, .auxiliary, .transparent, .timeWord]) { return true }
        return s.has(u, [.future, .transparent, .auxiliary, .timeWord]) || (s.has(u, WordClass.meanings) && !s.has(u, .report))
    }

    /// `是 ... 最具权威的 ... 机构`, `发挥着至关重要的作用`.
    private static func praise(from v: Int, in s: SentenceContext) -> Bool {
        var evaluative = false, role = false
        var r = v + 1
        while r < s.count, r < v + 20, !s.token(r).isSentenceEnd, !s.token(r).isComma {
            if s.has(r, [.evaluative, .selfPromotion]) { evaluative = true }
            if s.has(r, .roleNoun) { role = true }
            r += 1
        }
        return evaluative && role
    }

    /// `拥有16,803名员工`, `设有三个办事处`.
    private static func staffing(from v: Int, in s: SentenceContext) -> Bool {
        var number = false
        var r = v + 1
        while r < s.count, r < v + 14, !s.token(r).isSentenceEnd, !s.token(r).isComma {
            if s.token(r).kind == .number || isNumeral(r, in: s) { number = true }
            if s.has(r, [.staffNoun, .internalNoun]), number { return true }
            r += 1
        }
        return false
    }

    /// A Chinese numeral written in characters (`三`, `两`, `十二`) before a measure word.
    private static func isNumeral(_ r: Int, in s: SentenceContext) -> Bool {
        let text = s.text(s.units[r].first, s.units[r].end)
        return !text.isEmpty && text.unicodeScalars.allSatisfy { numerals.contains($0) }
    }

    private static let numerals = Set("一二两兩三四五六七八九十百千万萬几幾数數多".unicodeScalars)
}
