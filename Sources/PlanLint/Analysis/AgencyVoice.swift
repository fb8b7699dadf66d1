/// `language.agency-voice`: a sentence that names an agency, that no rule reads, and that the
/// agency-voice model (``VoiceModel``) finds likely to be that agency's own account (what it
/// does, needs, fears or is proud of, in words the rules do not know). Only an agency the rules
/// could not read is asked about: one that stands alone as the subject (not with partners or a
/// government, not the object of a verb or a preposition) before words of no meaning class the
/// lexicon knows. The finding is that agency.
enum AgencyVoice {
    /// The languages the model was trained in.
    static let languages: Set<String> = ["en", "fr", "es", "zh"]

    static func finding(in s: SentenceContext, model: VoiceModel) -> Finding? {
        // A foreword's or signed message's sentences are the signatory's.
        guard s.section != .foreword, languages.contains(s.language), let agency = unread(in: s),
              // A list of names (a glossary, credits) has no predicate to read.
              s.units.indices.contains(where: { s.units[$0].agency == nil && (s.has($0, WordClass.verbs) || s.has($0, [.verbForm, .copula, .auxiliary, .dataVerb])) })
        else { return nil }
        let text = s.text(s.units[0].first, s.units[s.units.count - 1].end)
        guard model.probability(text, language: s.language, section: VoiceModel.section(s.section)) >= model.threshold else { return nil }
        return Finding(rule: .agencyVoice, first: s.units[agency].first, end: s.units[agency].end)
    }

    /// The first agency the rules could not read, or `nil`.
    static func unread(in s: SentenceContext) -> Int? {
        var u = 0
        while u < s.count {
            guard s.isAgency(u) else { u += 1; continue }
            let g = AgencyGroup(at: u, in: s)
            // Read as a source of data or the addressee of someone else's appeal: the rules' answer.
            if !g.isJoint, g.agencies.count == 1, !DataRelative.isSource(g, in: s), !ChineseAddressee.isAddressee(g, in: s) { return u }
            u = max(g.end, u + 1)
        }
        return nil
    }
}
