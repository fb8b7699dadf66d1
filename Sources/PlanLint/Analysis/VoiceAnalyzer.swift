/// The rules about the voice of a sentence: first-person agency voice and self-promotion.
enum VoiceAnalyzer {
    /// `we`, `our`, `nous`, `nuestros`, `我们` outside quotations. A capitalized `We`/`Our` inside a
    /// sentence is part of a name (`the We Are Here Youth Network`); singular `I` is the signed
    /// voice of a foreword and is left alone.
    static func firstPerson(in s: SentenceContext) -> [Finding] {
        var out: [Finding] = []
        // In a foreword or acknowledgements, the first person is the signatory's.
        guard s.section != .foreword else { return [] }
        // `Nosotros, los gobiernos de la región, reafirmamos nuestro compromiso`: once the first
        // person names its speakers, every first-person word of the sentence is theirs.
        if s.units.indices.contains(where: { s.has($0, .firstPerson) && isOtherSpeaker($0, in: s) }) { return [] }
        // A quoted first person that speaks as an organization (`"We call on our donors ...," Castro
        // added`) is the agency's, once a sentence.
        if let u = s.units.indices.first(where: { s.has($0, .firstPerson) && OrganizationalFirstPerson.speaks($0, in: s) }) {
            out.append(Finding(rule: .firstPerson, first: s.units[u].first, end: s.units[u].end, fix: nil))
        }
        for u in s.units.indices where s.has(u, .firstPerson) && !s.token(u).quoted {
            if s.language != "zh" {
                if s.isAllCaps(u) { continue }
                // `said: "We are ...`: a capital after an opening quotation mark starts the quote.
                if s.isCapitalized(u), u != s.firstWord, u == 0 || !(s.token(u - 1).kind == .punctuation && QuoteMarker.isMark(s.token(u - 1).scalar)) { continue }
            }
            if isGeneric(u, in: s) || NationalFirstPerson.isNational(u, in: s) { continue }
            out.append(Finding(rule: .firstPerson, first: s.units[u].first, end: s.units[u].end, fix: FixItWriter.firstPerson(u, in: s)))
        }
        if out.isEmpty, let (from, verb) = verbSpokenFromAgency(in: s) {
            out.append(Finding(rule: .firstPerson, first: s.units[from].first, end: s.units[verb].end, fix: nil))
        }
        return out
    }

    /// `Desde ACNUR confiamos en que`, `Desde la OIM, trabajamos`: Spanish `desde` and an agency
    /// before a verb in the first person plural (`-mos`, a word the lexicon may not know) is the
    /// agency speaking of itself; the units of `desde` and of the verb.
    static func verbSpokenFromAgency(in s: SentenceContext) -> (Int, Int)? {
        guard s.language == "es", let d = s.units.indices.first(where: { s.isWord($0, Keys.spanishFrom) }) else { return nil }
        var q = d + 1
        if s.isWord(q, Keys.articles) { q += 1 }
        guard q < s.count, s.units[q].agency != nil else { return nil }
        while q < s.count, s.units[q].agency != nil { q += 1 }
        if s.isComma(q) { q += 1 }
        guard q < s.count, s.token(q).kind == .word, !s.isCapitalized(q), s.token(q).byteCount > 5,
              s.prose.hasFoldedSuffix(s.token(q), "mos"), !s.has(q, [.determiner, .evaluative]) else { return nil }
        return (d, q)
    }

    /// `Nosotros, los ministros de los países de acogida, ...`, `We, the refugees of ...`: the
    /// first person names its speakers, who are not an agency.
    static func isOtherSpeaker(_ u: Int, in s: SentenceContext) -> Bool {
        var q = u + 1
        guard s.isComma(q) else { return false }
        q += 1
        while s.has(q, .determiner) { q += 1 }
        return (q..<min(q + 3, s.count)).contains { s.has($0, .speakerNoun) }
    }

    /// `nos sociétés`, `our shared duty`, `nuestra humanidad común`, `我们每个人`: the first person
    /// of everyone, not of an organization.
    static func isGeneric(_ u: Int, in s: SentenceContext) -> Bool {
        (u + 1..<min(u + 4, s.count)).contains { s.has($0, .genericNoun) && !s.token($0).isClauseEnd }
    }

    /// A self-promotion phrase (`world's leading`, `unmatched`, `le mieux placé`, `全球领先`) in a
    /// sentence that names an agency.
    static func selfPromotion(in s: SentenceContext) -> [Finding] {
        guard s.units.indices.contains(where: { s.isAgency($0) }),
              let cue = s.units.indices.first(where: { s.has($0, .selfPromotion) && !s.token($0).quoted && !SharedCredit.isShared($0, in: s) })
        else { return [] }
        return [Finding(rule: .selfPromotion, first: s.units[cue].first, end: s.units[cue].end)]
    }
}
