/// A sentence ready for the rules: its units, language and section, plus what the chapter as a
/// whole says (which agencies it spells out, for acronyms such as DRC). A class: the analyzers
/// hand it on and keep it, and a copy of a structure of seven references retained them all.
final class SentenceContext {
    let tokens: [Token]
    /// The paragraph's bytes the tokens point into.
    let prose: ProseText
    let units: [Unit]
    let language: String
    let section: SectionKind
    let spelledOut: Set<String>
    let agencyTable: AgencyTable
    /// Units inside an attribution (`according to UNHCR data, ...`), up to the next comma.
    private(set) var attributed: [Bool]
    /// Units that mention an agency: its name, a description (`the UN refugee agency`), or a
    /// reference to an agency named earlier in the paragraph or the sentence (`the agency`,
    /// `it`, `its`, `l'organisation`, `该组织`).
    private(set) var mentions: [Bool] = []

    /// Where an agency was named before the sentence, for its references to point back to.
    enum Antecedent {
        /// Earlier in the paragraph: `the agency`, `the organization`, `it`, `its` may refer to it.
        case inParagraph
        /// Not in the paragraph: only a reference that can mean nothing but an agency (`the
        /// agency`, `l'agence`, `la agencia`: ``Keys/agencyNouns``) names one, wherever the agency
        /// was named, or nowhere (an inter-agency plan has no `the agency` of its own).
        case outsideParagraph
    }

    /// The number of units at the start of the sentence that spell the name of an agency's Chinese
    /// spokesperson or head named earlier in the paragraph (``Spokesperson``); 0 for none.
    let speaker: Int

    /// The units of the sentence just before in the same paragraph (empty when it was not read):
    /// a possessive that opens this sentence may refer to the agency it named last
    /// (``PossessiveAntecedent``, asked only when a possessive is read).
    let unitsBefore: [Unit]

    /// - Parameters:
    ///   - references: where an agency was named before the sentence (``Antecedent``).
    ///   - speaker: see ``speaker``.
    ///   - unitsBefore: see ``unitsBefore``.
    init(tokens: [Token], prose: ProseText, units: [Unit], language: String, section: SectionKind, spelledOut: Set<String>, agencyTable: AgencyTable, references: Antecedent = .outsideParagraph, speaker: Int = 0,
         unitsBefore: [Unit] = []) {
        self.tokens = tokens
        self.prose = prose
        self.units = units
        self.language = language
        self.section = section
        self.spelledOut = spelledOut
        self.agencyTable = agencyTable
        self.speaker = speaker
        self.unitsBefore = unitsBefore
        var attributed = [Bool](repeating: false, count: units.count)
        var inside = false
        for (i, unit) in units.enumerated() {
            if unit.has(.attribution) { inside = true }
            let t = tokens[unit.first]
            if inside, t.isComma || t.isClauseEnd { inside = false }
            attributed[i] = inside
        }
        self.attributed = attributed
        var mentions = [Bool](repeating: false, count: units.count)
        var named = references == .inParagraph
        for u in units.indices {
            if units[u].agency != nil {
                mentions[u] = isNamedAgency(u)
                if mentions[u], !isModifier(u) { named = true }
            } else if units[u].has(.agencyDescription) {
                mentions[u] = !tokens[units[u].first].quoted && !attributed[u] && !isPluralDescription(u) && (named || !isGenericDescription(u))
                named = named || mentions[u]
            } else if named || references == .outsideParagraph && units[u].has(.agencyReference) && Keys.agencyNouns.contains(tokens[units[u].end - 1].key),
                      units[u].has([.agencyReference, .subjectPronoun, .possessivePronoun]), !tokens[units[u].first].quoted, !attributed[u],
                      u == 0 || !units[u - 1].has(.copula) {
                mentions[u] = !units[u].has(.subjectPronoun) || !isExpletive(u) && !SubjectContinuity.refersToAnotherSubject(u, in: self)
                // `The agency said it would ...`: once the agency is referred to, `it` may refer to it.
                if mentions[u] { named = true }
            }
        }
        self.mentions = mentions
    }

    /// `这些联合国机构` (these UN agencies): a Chinese description after a plural demonstrative or a
    /// count names several agencies, not one.
    private func isPluralDescription(_ u: Int) -> Bool {
        guard language == "zh", u > 0 else { return false }
        let before = (max(0, u - 2)..<u).map { text(units[$0].first, units[$0].end) }.joined()
        return Keys.chinesePluralMarkers.contains { before.hasSuffix($0) }
    }

    /// `联合国机构` (a UN agency, UN agencies) with no singular marker before it (`该`, `这一`): Chinese
    /// does not mark the plural, so the bare description names one agency only when an agency was
    /// named before it in the paragraph (`联合国机构及其合作伙伴尽了很大努力`: UN agencies in general).
    private func isGenericDescription(_ u: Int) -> Bool {
        guard language == "zh", hanziWord(u) == Self.chineseUNAgency else { return false }
        let before = (max(0, u - 2)..<u).map { text(units[$0].first, units[$0].end) }.joined()
        return !Self.chineseSingularMarkers.contains { before.hasSuffix($0) }
    }

    private static let chineseUNAgency = HanziFold.fold("联合国机构")
    private static let chineseSingularMarkers = ["该", "該", "此", "本", "这一", "這一", "这个", "這個", "这家", "這家", "一个", "一個", "一家"]

    /// An English agency name before a plain noun (`UNHCR partner organizations`, `WFP trucks`)
    /// modifies it: no later `it` refers to the agency.
    private func isModifier(_ u: Int) -> Bool {
        guard language == "en", u + 1 < units.count, units[u + 1].classes.isEmpty, units[u + 1].agency == nil else { return false }
        let next = tokens[units[u + 1].first]
        return next.kind == .word && !prose.caseShape(next).capitalized && !prose.caseShape(next).allCaps
    }

    /// `it is estimated that`, `it is important to`, `il y a quelques mois`: no referent.
    private func isExpletive(_ u: Int) -> Bool {
        // `il y a` (there is; ago) is impersonal in every tense.
        if language == "fr", isWord(u + 1, Keys.y), isWord(u + 2, Keys.avoirThirdPerson) { return true }
        guard u + 2 < units.count, units[u + 1].has(.copula) else { return false }
        var q = u + 2
        while q < units.count, q < u + 5, !units[q].has([.complementizer]), tokens[units[q].first].kind == .word { q += 1 }
        return q < units.count && (units[q].has(.complementizer) || isWord(q, Keys.to)) && !units[u + 2].has(.future)
    }

    var count: Int { units.count }
    /// The first token of unit `u`; ``Token/beyond`` past either end of the sentence.
    func token(_ u: Int) -> Token { u >= 0 && u < units.count ? tokens[units[u].first] : .beyond }
    /// The text of unit `u`'s first token as written.
    func text(_ u: Int) -> String { prose.text(tokens[units[u].first]) }
    /// The text of unit `u`'s first token, lower-cased.
    func folded(_ u: Int) -> String { prose.folded(tokens[units[u].first]) }
    /// Unit `u`'s whole text (every token: a Chinese word is a unit of several characters) with
    /// traditional characters folded to simplified (``HanziFold``): what Chinese words are
    /// compared as.
    func hanziWord(_ u: Int) -> String { HanziFold.fold(text(units[u].first, units[u].end)) }
    /// Unit `u`'s first token starts with a capital and is not all capitals.
    func isCapitalized(_ u: Int) -> Bool { prose.caseShape(tokens[units[u].first]).capitalized }
    /// Unit `u`'s first token has two or more letters, all capitals.
    func isAllCaps(_ u: Int) -> Bool { prose.caseShape(tokens[units[u].first]).allCaps }
    func has(_ u: Int, _ cls: WordClass) -> Bool { u >= 0 && u < units.count && units[u].has(cls) }
    /// Money: a budget or funding word, or an amount in a currency (`USD`, `$`, `dólares`,
    /// `美元`), not a count of people (`4 million refugees`).
    func isMoney(_ u: Int) -> Bool {
        guard u >= 0, u < units.count else { return false }
        if has(u, [.budgetNoun, .gapNoun]) { return true }
        guard has(u, .money) else { return false }
        func currency(_ v: Int) -> Bool { has(v, .money) && !isWord(v, Keys.counts) }
        return currency(u) || (u + 1..<min(u + 4, units.count)).contains(where: currency) || (max(0, u - 3)..<u).contains(where: currency)
    }

    /// Unit `u` is one word whose lower-cased hash is in `words` (see ``Keys``): compares hashes,
    /// no text is decoded.
    func isWord(_ u: Int, _ words: KeySet) -> Bool {
        u >= 0 && u < units.count && units[u].end - units[u].first == 1 && words.contains(tokens[units[u].first].key)
    }

    /// A comma (`,` or `，`).
    func isComma(_ u: Int) -> Bool { u >= 0 && u < units.count && tokens[units[u].first].isComma }

    /// A possessive marker: English `'s` (a token of its own) or a word the lexicon classes as
    /// possessive (`的`).
    func isPossessiveMarker(_ u: Int) -> Bool { token(u).kind == .possessive || has(u, .possessive) }

    /// A colon (`:` or `：`).
    func isColon(_ u: Int) -> Bool {
        guard u >= 0, u < units.count else { return false }
        let t = tokens[units[u].first]
        return t.isMark(":") || t.isMark("：")
    }

    /// The text of tokens `first..<end` as written (for summaries and the allow-list).
    func text(_ first: Int, _ end: Int) -> String {
        guard first < end else { return "" }
        // Measured first, then written into a string of that size (one allocation, no buffer).
        var count = 0
        for i in first..<end {
            let token = tokens[i]
            if i > first, token.spaceBefore { count += 1 }
            count += prose.textCount(token)
        }
        return String(unsafeUninitializedCapacity: count) { out in
            var at = 0
            for i in first..<end {
                let token = tokens[i]
                if i > first, token.spaceBefore { out[at] = 0x20; at += 1 }
                at = prose.writeText(token, into: out, at: at)
            }
            return at
        }
    }

    /// The first unit that is a word (for sentence-initial capitals and citation markers).
    var firstWord: Int? {
        units.indices.first { token($0).kind != .punctuation }
    }

    /// An agency mention the rules may look at (see ``mentions``).
    func isAgency(_ u: Int) -> Bool {
        u >= 0 && u < mentions.count && mentions[u]
    }

    /// The ID of the agency named at unit `u` (`nil` for a reference or a description).
    func agencyID(_ u: Int) -> String? {
        guard u >= 0, u < units.count, let index = units[u].agency else { return nil }
        return agencyTable.terms[Int(index)].id
    }

    /// A brand of `brands.json` or `lint: brands:`, outside quotation marks.
    func isBrand(_ u: Int) -> Bool {
        guard u >= 0, u < units.count, let index = units[u].agency, !tokens[units[u].first].quoted else { return false }
        return agencyTable.terms[Int(index)].isBrand
    }

    /// A named agency mention: not quoted, not attributed, not a brand, and meant as the agency
    /// (see docs/lint.md for WHO, CARE and DRC).
    private func isNamedAgency(_ u: Int) -> Bool {
        guard u >= 0, u < units.count, let index = units[u].agency, !tokens[units[u].first].quoted, !attributed[u] else { return false }
        let term = agencyTable.terms[Int(index)]
        if term.isBrand { return false }
        switch term.ambiguity {
        case nil:
            return true
        case .word:
            let neighbours = [u - 1, u + 1].filter { $0 >= 0 && $0 < units.count && token($0).kind == .word }
            return neighbours.isEmpty || !neighbours.allSatisfy { isAllCaps($0) }
        case .country:
            guard spelledOut.contains(term.id) else { return false }
            let before = agencyTable.countryBefore[term.id] ?? []
            if u > 0, before.contains(folded(u - 1)) { return false }
            let context = agencyTable.countryContext[term.id] ?? []
            return !units.indices.contains { context.contains(text($0)) }
        }
    }

    /// The sentence is a citation, a source line or a credit (`Source: UNHCR, 2026`, `See ...`).
    var isCitation: Bool {
        guard let f = firstWord else { return false }
        if has(f, .reference) { return true }
        return has(f, [.citation, .credit]) && isColon(f + 1)
    }
}
