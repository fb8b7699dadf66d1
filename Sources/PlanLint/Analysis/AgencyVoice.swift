/// `language.agency-voice`: a sentence that names an agency, that no rule reads, and that the
/// agency-voice model (``VoiceModel``) finds likely to be that agency's own account (what it
/// does, needs, fears or is proud of, in words the rules do not know). Only an agency the rules
/// could not read is asked about: one that stands alone (not with partners, a government or
/// another agency), is no source of data, addressee of an appeal, possessive the rules give to
/// someone else or name before its spokesperson, in a sentence with a predicate. The finding is
/// that agency.
enum AgencyVoice {
    /// The languages the model was trained in.
    static let languages: Set<String> = ["en", "fr", "es", "zh"]

    /// The finding for sentence `s` when `model` reads it as one agency's own account, or `nil`.
    static func finding(in s: SentenceContext, model: VoiceModel) -> Finding? {
        // A foreword's or signed message's sentences are the signatory's.
        guard s.section != .foreword, languages.contains(s.language), let agency = unread(in: s),
              // A list of names (a glossary, credits) has no predicate to read.
              hasPredicate(s)
        else { return nil }
        let text = s.text(s.units[0].first, s.units[s.units.count - 1].end)
        guard model.probability(text, language: s.language, section: s.section.rawValue) >= model.threshold else { return nil }
        return Finding(rule: .agencyVoice, first: s.units[agency].first, end: s.units[agency].end)
    }

    /// Whether the sentence has a word that may be its predicate: a verb the lexicon knows or, in
    /// Chinese, whose verbs the lexicon knows few of, six characters outside the names (a verb and
    /// what it acts on; `难民署在乍得` says where it is, no more).
    static func hasPredicate(_ s: SentenceContext) -> Bool {
        var chinese = 0
        for u in s.units.indices where s.units[u].agency == nil {
            if s.has(u, WordClass.verbs) || s.has(u, [.verbForm, .copula, .auxiliary, .dataVerb]) { return true }
            if s.language == "zh", !s.has(u, .agencyDescription) {
                for i in s.units[u].first..<s.units[u].end where s.tokens[i].kind == .han { chinese += 1 }
            }
        }
        return chinese >= 6
    }

    /// The first agency the rules could not read, or `nil`.
    static func unread(in s: SentenceContext) -> Int? {
        var u = 0
        while u < s.count {
            guard s.isAgency(u) else { u += 1; continue }
            let g = AgencyGroup(at: u, in: s)
            // Read as a source of data or the addressee of someone else's appeal, a possessive
            // pronoun (its, son, su: whose it is the rules decide) or the agency's spokesperson or
            // official who speaks (what they say, the rules read): the rules' answer.
            if !g.isJoint, g.agencies.count == 1, !s.has(u, .possessivePronoun) || PossessiveAntecedent.refersToAgency(u, in: s), !namesASpeaker(after: g, in: s),
               !DataRelative.isSource(g, in: s), !ChineseAddressee.isAddressee(g, in: s), !ownsASourceOrPremises(g, in: s) { return u }
            u = max(g.end, u + 1)
        }
        return nil
    }

    /// What the agency owns, right after its name, reports data (`IOM's Displacement Tracking
    /// Matrix recorded`) or is its premises (`The UNHCR office in Adré will be expanded`): the rules
    /// read the one as a source and leave the other alone (people act, premises do not).
    private static func ownsASourceOrPremises(_ g: AgencyGroup, in s: SentenceContext) -> Bool {
        var next = g.end
        guard next < s.count else { return false }
        let possessive = s.isPossessiveMarker(next)
        if possessive { next += 1 }
        guard next < s.count else { return false }
        return s.isWord(next, OwnedPlace.premises) || possessive && PossessiveReader.ownsASource(from: next, in: s)
    }

    /// The agency's spokesperson or official right after its name (`UNHCR spokesperson`,
    /// `难民署发言人`, `难民署代表`). French and Spanish name the speaker first (`le porte-parole du
    /// HCR`), where the agency follows a preposition and the rules read the speaker.
    private static func namesASpeaker(after g: AgencyGroup, in s: SentenceContext) -> Bool {
        let next = AgencyGroup.skipAcronym(after: g.end, in: s)
        guard next < s.count else { return false }
        return s.language == "zh" ? Keys.chineseTitles.contains(s.hanziWord(next)) : s.isWord(next, Keys.spokespeople)
    }
}
