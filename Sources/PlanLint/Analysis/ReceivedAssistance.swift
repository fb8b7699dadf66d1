/// The people served receiving the agency's assistance: `300 ménages ont bénéficié de
/// l'assistance du HCR`, `1.360 recibieron información y orientación del ACNUR`, `families
/// received assistance from UNHCR`, `refugees benefited from UNHCR support`. The agency is the
/// one who gives: its act, told from the recipients' side. A government or partners receiving
/// the agency's support (`with support from UNHCR`, `le gouvernement a reçu l'appui du HCR`) is
/// the support role, and information received by partners is left alone: only a count or the
/// people the response serves receive here.
enum ReceivedAssistance {
    /// Every form of `receive`, `benefit`, `recevoir`, `bénéficier`, `recibir`, `beneficiarse`,
    /// generated from the lemmas.
    static let receiveVerbs = Keys.of(EnglishInflection.forms(of: "receive") + EnglishInflection.forms(of: "benefit") + ["benefitted", "benefitting"]
                                      + FrenchConjugation.forms(of: "recevoir").map(\.0) + FrenchConjugation.forms(of: "bénéficier").map(\.0)
                                      + SpanishConjugation.forms(of: "recibir").map(\.0) + SpanishConjugation.forms(of: "beneficiar").map(\.0))
    /// The markers that introduce the giver (`de l'`, `du`, `del`, `from`).
    static let fromMarkers = Keys.of(["from", "de", "du", "del", "d'", "des", "of"])

    /// `parte` of `por parte de`, `de parte de`, and `part` of `de la part de`: the giver named
    /// after the assistance and the rest of the clause (`recibieron ayuda humanitaria en nuestro
    /// país en los últimos 6 meses, por parte de la ONG World Vision`).
    static let partWords = Keys.of(["parte", "part"])

    /// The receiving verb before the agent phrase whose `parte` is at `part`: within the
    /// sentence, at most sixteen units back, with what is given between the two.
    private static func receivingVerb(beforeAgentPhrase part: Int, in s: SentenceContext) -> Int? {
        var given = false
        var v = part - 2
        while v >= 0, v >= part - 16, !s.token(v).isSentenceEnd, s.units[v].agency == nil {
            if s.isWord(v, receiveVerbs) { return given ? v : nil }
            if s.isWord(v, Keys.givenThings) { given = true }
            v -= 1
        }
        return nil
    }

    /// A finding from the receiving verb to the agency, or `nil`.
    static func finding(_ g: AgencyGroup, in s: SentenceContext) -> Finding? {
        guard s.language != "zh", g.agencies.count == 1, !g.isJoint, s.section != .coordination else { return nil }
        // `from UNHCR`, `du HCR`, `de la OIM` (an article between the marker and the name), or the
        // English name before the noun (`from UNHCR support`).
        let noun: Int
        if s.language == "en", let b = g.before, s.isWord(b, Keys.fromWord), s.isWord(g.end, Keys.givenThings) {
            noun = b
        } else if let b = g.before, fromMarkers.contains(s.token(b).key) {
            // (`de la`, `de l'` are one unit: its first word is the marker.)
            noun = b - 1
        } else if let b = g.before, s.isWord(b, Keys.articles), s.isWord(b - 1, fromMarkers) {
            noun = b - 2
        } else {
            return nil
        }
        guard noun >= 0 else { return nil }
        var v: Int
        if s.isWord(noun, partWords) {
            // `por parte de`, `de la part du`: the giver named at the end of the clause.
            guard let verb = receivingVerb(beforeAgentPhrase: noun, in: s) else { return nil }
            v = verb
        } else {
            guard s.isWord(noun, Keys.givenThings) || s.isWord(noun, Keys.fromWord) else { return nil }
            // Back to the receiving verb: past the nouns joined (`información y orientación`), the
            // articles and adjectives, at most five units, within the clause.
            v = noun - 1
            while v >= 0, v >= noun - 5, !s.token(v).isClauseEnd, !s.isComma(v) {
                if s.isWord(v, receiveVerbs) { break }
                guard s.token(v).kind == .word, s.units[v].agency == nil, !s.has(v, [.copula, .auxiliary, .preposition]) || fromMarkers.contains(s.token(v).key) else { return nil }
                v -= 1
            }
        }
        // An infinitive is a purpose (`se trouvent à Birak pour recevoir une aide du HCR`), not
        // assistance received.
        guard v >= 0, s.isWord(v, receiveVerbs), !s.has(v, .infinitive) else { return nil }
        // The receivers: the people served, or a count right before the verb (`1.360 recibieron`;
        // not a year that opens the sentence), and no government or partners before the verb.
        guard !(0..<v).contains(where: { s.has($0, .collective) || s.isWord($0, Keys.governmentBodies) }),
              (0..<v).contains(where: { s.isWord($0, Keys.servedPeople) || s.isWord($0, Keys.households) })
                || (max(0, v - 3)..<v).contains(where: { s.token($0).kind == .number }) else { return nil }
        return Finding(rule: .agencyAsActor, first: s.units[v].first, end: s.units[g.end - 1].end)
    }
}
