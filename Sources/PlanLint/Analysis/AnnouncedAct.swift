/// An agency announcing an act of its own named as a noun (`le PAM a annoncé la fermeture de ses
/// bureaux`, `WFP announced the suspension of food aid`, `el ACNUR anunció el cierre del centro`):
/// the announcement is the act, as `WFP will suspend food aid` is. A report, a figure or a plan
/// announced stays a report; a launch is left out (launching the inter-agency plan is the
/// coordination role).
enum AnnouncedAct {
    /// Every form of `announce`, `annoncer`, `anunciar`, generated from the lemmas.
    static let announceVerbs = Keys.of(EnglishInflection.forms(of: "announce") + FrenchConjugation.forms(of: "annoncer").map(\.0)
                                       + SpanishConjugation.forms(of: "anunciar").map(\.0))
    /// Acts named as nouns: closing, suspending, reducing, opening, resuming, expanding, ending.
    static let actNouns = Keys.of(actNounWords)
    /// ``actNouns`` as words.
    static let actNounWords = ["closure", "closing", "suspension", "reduction", "reductions", "cut", "cuts", "opening", "resumption",
                               "expansion", "halt", "withdrawal", "relocation", "evacuation",
                               "fermeture", "réduction", "réductions", "coupe", "coupes", "ouverture", "reprise", "extension", "arrêt",
                               "retrait", "relocalisation", "évacuation",
                               "cierre", "suspensión", "reducción", "reducciones", "recorte", "recortes", "apertura", "reanudación",
                               "ampliación", "retiro", "reubicación", "evacuación"]

    /// Whether the announcing verb at `q` has an act noun as its object, past at most two
    /// determiners or adjectives.
    static func follows(_ q: Int, in s: SentenceContext) -> Bool {
        guard s.language != "zh", s.isWord(q, announceVerbs) else { return false }
        var r = q + 1
        while r < s.count, r <= q + 3, s.token(r).kind == .word {
            if s.isWord(r, actNouns) { return true }
            guard s.has(r, .determiner) || s.isWord(r, Keys.articles) || s.units[r].classes.isEmpty else { return false }
            r += 1
        }
        return false
    }
}
