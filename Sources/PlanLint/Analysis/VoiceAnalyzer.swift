/// The rules about the voice of a sentence: first-person agency voice and self-promotion.
enum VoiceAnalyzer {
    /// `we`, `our`, `nous`, `nuestros`, `我们` outside quotations. A capitalized `We`/`Our` inside a
    /// sentence is part of a name (`the We Are Here Youth Network`); singular `I` is the signed
    /// voice of a foreword and is left alone.
    static func firstPerson(in s: SentenceContext) -> [Finding] {
        var out: [Finding] = []
        for u in s.units.indices where s.has(u, .firstPerson) && !s.token(u).quoted {
            if s.language != "zh" {
                if s.isAllCaps(u) { continue }
                if s.isCapitalized(u), u != s.firstWord { continue }
            }
            out.append(Finding(rule: .firstPerson, first: s.units[u].first, end: s.units[u].end, fix: FixItWriter.firstPerson(u, in: s)))
        }
        return out
    }

    /// A self-promotion phrase (`world's leading`, `unmatched`, `le mieux placé`, `全球领先`) in a
    /// sentence that names an agency.
    static func selfPromotion(in s: SentenceContext) -> [Finding] {
        guard s.units.indices.contains(where: { s.isAgency($0) }),
              let cue = s.units.indices.first(where: { s.has($0, .selfPromotion) && !s.token($0).quoted })
        else { return [] }
        return [Finding(rule: .selfPromotion, first: s.units[cue].first, end: s.units[cue].end)]
    }
}
