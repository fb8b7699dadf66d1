/// An agency that stresses what others need or must do advocates in its own voice: a verb of
/// emphasis (`stress`, `emphasize`, `underline`, `souligner`, `subrayar`, `recalcar`, `enfatizar`,
/// `强调`) whose reported clause states a need or an obligation (`UNHCR has emphasized that people
/// fleeing need international protection`, `Le HCR a souligné que les États doivent`, `El ACNUR
/// subrayó que los refugiados necesitan`, `难民署强调，难民需要国际保护`), also as an adjective of
/// necessity (`stresses that trust is critical before returns`, `souligne qu'il est essentiel de`,
/// `subraya que es fundamental para`, `强调...至关重要`). A plain report of needs
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
    /// Adjectives of necessity (`critical`, `essentiel`, `imprescindible`): a need only before what
    /// they are necessary for (``necessaryFor``), not as a description (`the situation is critical`).
    static let necessityAdjectives = Keys.of(["critical", "essential", "vital", "crucial", "indispensable", "imperative", "paramount",
                                              "essentiel", "essentielle", "essentiels", "essentielles", "crucial", "cruciale", "cruciaux", "cruciales",
                                              "indispensables", "impératif", "impérative", "primordial", "primordiale", "vitale", "vitaux",
                                              "esencial", "esenciales", "fundamental", "fundamentales", "imprescindible", "imprescindibles",
                                              "cruciales", "vitales", "primordiales"])
    /// What follows an adjective of necessity when it states a need: `critical to`, `essential for`,
    /// `critical before`, `essentiel pour`, `indispensable que`, `fundamental para`.
    static let necessaryFor = Keys.of(["to", "for", "before", "that", "if", "pour", "à", "avant", "que", "qu'", "de", "d'", "para", "antes", "a"])
    private static let chineseEmphasis: Set<String> = ["强调", "重申"]
    /// Those an agency asks to act (governments, states, donors), the subject of the need.
    static let addressees = Keys.of(["governments", "states", "countries", "donors", "gouvernements", "états", "pays", "donateurs", "bailleurs",
                                     "gobiernos", "estados", "países", "donantes"])
    private static let chineseAddressees: [String] = ["政府", "各国", "国际社会", "捐助方", "捐助国"].map(HanziFold.fold)
    private static let chineseNeeds: Set<String> = ["需要", "必须", "应该", "应当", "亟需", "急需", "有必要", "至关重要", "不可或缺", "必不可少"]

    /// Whether the reporting verb at `q` is a verb of emphasis whose clause states a need or an
    /// obligation of someone other than the agency.
    static func advocates(after q: Int, in s: SentenceContext) -> Bool {
        // Any reporting verb when the need is those the agency addresses (`said that governments
        // need to coordinate`, `表示，各国政府需要协调努力`): what it asks of them.
        let emphasis = s.language == "zh" ? chineseEmphasis.contains(s.hanziWord(q)) : s.isWord(q, emphasisVerbs)
        var addressed = false
        var r = q + 1
        let limit = q + (s.language == "zh" ? 30 : 20)
        while r < s.count, r < limit, !s.token(r).isSentenceEnd, !s.token(r).isMark(";") {
            // The agency's own need (`that it needs`, `que su presupuesto`) or a count (`that 3
            // million children need`) is read as before.
            // An impersonal pronoun before a copula (`it is critical to`, `il est essentiel de`) is no subject.
            let impersonal = s.has(r, .subjectPronoun) && s.has(r + 1, .copula)
            if !impersonal, s.isAgency(r) || s.has(r, [.subjectPronoun, .agencyReference, .agencyDescription, .possessivePronoun, .firstPerson])
                || s.token(r).kind == .number { return false }
            if s.language == "zh" {
                let word = s.hanziWord(r)
                if chineseAddressees.contains(where: { word.hasSuffix($0) }) { addressed = true }
                if chineseNeeds.contains(word) { return emphasis || addressed }
            } else if s.isWord(r, needWords) || s.has(r, .funding) && s.units[r].end - s.units[r].first > 1
                        || s.isWord(r, necessityAdjectives) && s.isWord(r + 1, necessaryFor) {
                // `ont besoin`, `a besoin`: a need phrase of the lexicon, one unit.
                return emphasis || addressed
            } else if s.isWord(r, addressees) {
                addressed = true
            }
            r += 1
        }
        return false
    }
}
