/// What a Chinese reporting verb introduces (`难民署表示，将...`, `粮食署说，由于资金严重短缺...`):
/// the reported clause's subject, a condition on money, the money required.
extension ChinesePredicate {
    /// The clause a reporting verb introduces: its own subject when it names the agency again, no
    /// subject (`表示，将...`), or something else (a data role).
    static func complement(after r: Int, verb: Int, in s: SentenceContext) -> Predicate {
        var p = r + 1
        // `发布报告称`, `发表声明说`: a report and the verb that opens it are one reporting verb.
        while s.has(p, .report), !s.isComma(p) { p += 1 }
        if p < s.count, s.isComma(p) || s.isColon(p) { p += 1 }
        p = skipTimeClause(from: p, in: s)
        guard p < s.count else { return .coordination }
        if let funding = conditionalFunding(at: p, in: s) ?? requirement(at: p, in: s) { return funding }
        // `粮食署说，由于资金严重短缺，粮食援助将无以为继`: a funding gap in what the agency says is its
        // own, as `WFP said that a funding shortfall means` is, when the clause opens with the gap,
        // a cause (`由于`) or no subject of its own (not `该国正面临`, `冲突、封锁和资金削减导致`).
        if s.has(p, .gapNoun) || causes.contains(s.hanziWord(p)) || continuesSubject(p, in: s),
           (p..<s.count).prefix(while: { !s.token($0).isSentenceEnd }).contains(where: { s.has($0, .gapNoun) }) { return .funding(verb: verb) }
        // `难民署表示，它正面临严重的资金短缺`: `它` (it, not `它们`, they) right after the agency's
        // reporting verb is the agency.
        if s.isAgency(p) || s.has(p, [.agencyReference, .agencyDescription]) || isIt(p, in: s) {
            let inner = read(from: p + 1, in: s)
            return inner == .none ? .coordination : inner
        }
        // `粮食署表示，在成功募款之后，他们将全面恢复粮食配给`: `他们` (they) right there is the agency's
        // people when what they do is an act or money (refugees who `他们将返回家园` do neither).
        if let after = they(at: p, in: s) {
            let inner = read(from: after, in: s)
            switch inner {
            case .action(let v) where s.has(v, .action): return inner
            case .funding: return inner
            default: break
            }
        }
        // `已有180万人逃离`: a count of people that exist is a subject of its own.
        if continuesSubject(p, in: s), !existentialCount(at: p, in: s) {
            let inner = read(from: p, in: s)
            return inner == .none ? .coordination : inner
        }
        // Further on, the agency again (`该署`, `其`) or a clause without a subject (`，呼吁...`).
        // After a count (`已有180万人逃离南苏丹，前往邻国`), a clause without a subject goes on with
        // the people counted: only the agency's voice or its money (`，呼吁各国...`) is read there.
        var q = p
        var counted = false
        while q < s.count, !s.token(q).isSentenceEnd {
            if s.isAgency(q), q + 1 < s.count, s.has(q + 1, [.future, .auxiliary, .transparent]) || s.has(q + 1, WordClass.meanings) {
                let inner = read(from: q + 1, in: s)
                if inner != .none { return inner }
            }
            if s.isComma(q), q + 1 < s.count, let funding = requirement(at: q + 1, in: s) { return funding }
            if s.isComma(q), q + 1 < s.count, s.has(q + 1, WordClass.meanings), !s.has(q + 1, [.report, .dataVerb]) {
                let inner = read(from: q + 1, in: s)
                switch inner {
                case .none: break
                case .advocacy, .funding: return inner
                default: if !counted { return inner }
                }
            }
            if s.token(q).kind == .number { counted = true }
            // `，这个东非国家如今已成为...，收容了`: a clause opened by a demonstrative noun phrase
            // (not the agency's `该署`) has a subject of its own, which the clauses after it go on with.
            if q == p || s.isComma(q - 1), demonstrativeSubject(at: q, in: s) { counted = true }
            q += 1
        }
        return .coordination
    }

    /// Demonstratives that open a noun phrase (`这个国家`, `这些难民`, `该国`).
    private static let demonstratives: Set<Character> = ["这", "這", "该", "該"]

    /// The unit at `p` opens a demonstrative noun phrase that is not a reference to the agency.
    private static func demonstrativeSubject(at p: Int, in s: SentenceContext) -> Bool {
        guard p < s.count, s.token(p).kind == .han, !s.isAgency(p), !s.has(p, [.agencyReference, .agencyDescription]),
              let first = s.text(s.units[p].first, s.units[p].end).first else { return false }
        // `这样` (thus) opens no noun phrase.
        return demonstratives.contains(first) && !HanziFold.fold(s.text(s.units[p].first, s.units[min(p + 1, s.count - 1)].end)).hasPrefix("这样")
    }

    /// `已有180万人`, `有62%`, `共有3000名`: `有` (there are) within the clause's first two units,
    /// right before a number.
    private static func existentialCount(at p: Int, in s: SentenceContext) -> Bool {
        (p..<min(p + 2, s.count)).contains { u in
            u + 1 < s.count && s.token(u + 1).kind == .number && s.text(s.units[u].first, s.units[u].end).hasSuffix("有")
        }
    }

    /// Words that open a statement of the money required (`所需资金为3000万美元`, `资金需求为`).
    private static let requirements = ["所需资金", "所需经费", "所需款项", "资金需求", "所需的资金",
                                       "需要", "大约需要", "约需", "共需", "还需要", "仍需", "尚需"]

    /// `粮食署宣布，所需资金为3000万美元`, `儿基会说，大约需要5700万美元`: a reported clause that opens
    /// with the money required (or a need with no subject of its own) and names an amount is the
    /// agency's appeal.
    private static func requirement(at p: Int, in s: SentenceContext) -> Predicate? {
        guard p < s.count, s.token(p).kind == .han else { return nil }
        let head = HanziFold.fold(s.text(s.units[p].first, s.units[min(p + 4, s.count - 1)].end))
        guard requirements.contains(where: { head.hasPrefix($0) }), VerbGroup.moneyFollows(p, in: s) else { return nil }
        // The finding reaches the need itself (`大约需要`, not `大`).
        let need = (p..<min(p + 4, s.count)).first { s.hanziWord($0).contains("需") } ?? p
        return .funding(verb: need)
    }

    /// `它` (it) alone at `p`, not the first character of `它们` (they).
    private static func isIt(_ p: Int, in s: SentenceContext) -> Bool {
        guard s.units[p].end - s.units[p].first == 1, s.text(s.units[p].first, s.units[p].end) == "它" else { return false }
        return p + 1 >= s.count || s.hanziWord(p + 1) != HanziFold.fold("们")
    }

    /// `他们` or `他們` (they) at `p`, as one unit or two characters: the unit after it, or `nil`.
    private static func they(at p: Int, in s: SentenceContext) -> Int? {
        let word = s.hanziWord(p)
        if word == theyWord { return p + 1 }
        guard p + 1 < s.count, word == HanziFold.fold("他"), s.hanziWord(p + 1) == HanziFold.fold("们") else { return nil }
        return p + 2
    }

    private static let theyWord = HanziFold.fold("他们")

    /// A time clause that opens a reported clause (`称，在暂停粮食援助之前已经尝试...`, `在雨季到来之后`,
    /// `在...期间`): `在` and the words up to a closing `之前`, `之后`, `以前`, `以后`, `期间`, `前`,
    /// `后` or `时` within the clause; the unit after it (past a comma). `在` with a place and no
    /// closing word is not skipped.
    private static func skipTimeClause(from p: Int, in s: SentenceContext) -> Int {
        guard p < s.count, s.text(s.units[p].first, s.units[p].end) == "在" else { return p }
        var q = p + 1
        while q < s.count, q < p + 16, !s.isComma(q), !s.token(q).isSentenceEnd {
            if Self.timeClauseEnds.contains(s.hanziWord(q)) {
                return s.isComma(q + 1) ? q + 2 : q + 1
            }
            q += 1
        }
        return p
    }

    private static let timeClauseEnds: Set<String> = Set(["之前", "之后", "以前", "以后", "期间", "前", "后", "时"].map(HanziFold.fold))

    /// A condition on money right after the agency's estimate or statement (`国际移民组织估算，如果
    /// 79亿美元全额到位，可惠及...`, `难民署表示，只要资金到位，...`): what the money would do is the
    /// agency's appeal in its own name. The clause opened by the conditional at `p` must name an
    /// amount or funds before its comma.
    static func conditionalFunding(at p: Int, in s: SentenceContext) -> Predicate? {
        guard p < s.count, s.token(p).kind == .han, Keys.chineseConditionals.contains(s.hanziWord(p)) else { return nil }
        var q = p + 1
        while q < s.count, q < p + 16, !s.isComma(q), !s.token(q).isSentenceEnd {
            if s.isMoney(q) { return .funding(verb: p) }
            q += 1
        }
        return nil
    }
}
