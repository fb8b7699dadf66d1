/// An agency that stresses what others need or must do advocates in its own voice: a verb of
/// emphasis (`stress`, `emphasize`, `underline`, `souligner`, `subrayar`, `recalcar`, `enfatizar`,
/// `强调`) whose reported clause states a need or an obligation (`UNHCR has emphasized that people
/// fleeing need international protection`, `Le HCR a souligné que les États doivent`, `El ACNUR
/// subrayó que los refugiados necesitan`, `难民署强调，难民需要国际保护`). A plain report of needs
/// (`a indiqué que trois millions d'enfants ont besoin d'aide`), a count before the need, and a
/// clause about the agency itself (`stressed that it needs $10 million`) are read as before.
enum EmphasizedNeed {
    /// Every form of the verbs of emphasis, generated from their lemmas.
    static let emphasisVerbs = Keys.of(["stress", "emphasize", "emphasise", "underline", "underscore", "reiterate"].flatMap(EnglishInflection.forms(of:))
                                       + ["souligner", "réaffirmer", "réitérer"].flatMap { FrenchConjugation.forms(of: $0).map(\.0) }
                                       + ["subrayar", "recalcar", "enfatizar", "reiterar"].flatMap { SpanishConjugation.forms(of: $0).map(\.0) })
    /// Words that state a need or an obligation in the reported clause.
    static let needWords = Keys.of(["need", "needs", "must", "should", "require", "requires", "ought",
                                    "doivent", "doit", "devraient", "devrait", "besoin", "nécessitent", "nécessite",
                                    "deben", "debe", "deberían", "debería", "necesitan", "necesita", "requieren", "requiere"])
    private static let chineseEmphasis: Set<String> = ["强调", "重申"]
    private static let chineseNeeds: Set<String> = ["需要", "必须", "应该", "应当", "亟需", "急需", "有必要"]

    /// Whether the reporting verb at `q` is a verb of emphasis whose clause states a need or an
    /// obligation of someone other than the agency.
    static func advocates(after q: Int, in s: SentenceContext) -> Bool {
        if s.language == "zh" {
            guard chineseEmphasis.contains(HanziFold.fold(s.text(s.units[q].first, s.units[q].end))) else { return false }
        } else {
            guard s.isWord(q, emphasisVerbs) else { return false }
        }
        var r = q + 1
        let limit = q + (s.language == "zh" ? 30 : 20)
        while r < s.count, r < limit, !s.token(r).isSentenceEnd, !s.token(r).isMark(";") {
            // The agency's own need (`that it needs`, `que su presupuesto`) or a count (`that 3
            // million children need`) is read as before.
            if s.isAgency(r) || s.has(r, [.subjectPronoun, .agencyReference, .agencyDescription, .possessivePronoun, .firstPerson]) || s.token(r).kind == .number { return false }
            if s.language == "zh" {
                if chineseNeeds.contains(HanziFold.fold(s.text(s.units[r].first, s.units[r].end))) { return true }
            } else if s.isWord(r, needWords) || s.has(r, .funding) && s.units[r].end - s.units[r].first > 1 {
                // `ont besoin`, `a besoin`: a need phrase of the lexicon, one unit.
                return true
            }
            r += 1
        }
        return false
    }
}
