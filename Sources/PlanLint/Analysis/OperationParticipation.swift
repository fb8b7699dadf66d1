/// Taking part in an operation is doing it: `participate` is a coordination verb (`participates in
/// cluster meetings`, `participe aux travaux du Comité`), but with an operation as its object
/// (`Le personnel du HCR participe à l'enregistrement et au transport`, `participated in the
/// distribution`, `ha participado en la entrega de equipos`, `参与登记和运输`) the subject acts.
enum OperationParticipation {
    /// Every form of `participate`, `participer`, `participar`, generated from the lemmas.
    static let participateVerbs = Keys.of(EnglishInflection.forms(of: "participate") + FrenchConjugation.forms(of: "participer").map(\.0)
                                          + SpanishConjugation.forms(of: "participar").map(\.0))
    /// Nouns of operations on the ground: registration, transport, distribution, delivery,
    /// relocation, evacuation, rescue, vaccination, construction, repatriation.
    static let operationNouns = Keys.of(["registration", "transport", "transportation", "distribution", "distributions", "delivery", "deliveries",
                                         "relocation", "evacuation", "evacuations", "rescue", "vaccination", "construction", "repatriation",
                                         "enregistrement", "transport", "distribution", "distributions", "livraison", "livraisons", "relocalisation",
                                         "réinstallation", "évacuation", "évacuations", "sauvetage", "vaccination", "construction", "rapatriement",
                                         "registro", "transporte", "traslado", "distribución", "distribuciones", "entrega", "entregas", "reubicación",
                                         "evacuación", "rescate", "vacunación", "construcción", "repatriación"])
    private static let chineseParticipate: Set<String> = ["参与", "参加"]
    private static let chineseOperations: Set<String> = ["登记", "运输", "分发", "发放", "转移", "疏散", "救援", "接种", "建设", "遣返", "安置"]

    /// Whether the participation verb at `q` has an operation as its object: an operation noun
    /// within five units, past prepositions, articles and modifiers, with no verb, comma or
    /// coordination noun (`meetings`, `working group`) before it.
    static func isAct(_ q: Int, in s: SentenceContext) -> Bool {
        let chinese = s.language == "zh"
        if chinese {
            guard chineseParticipate.contains(s.hanziWord(q)) else { return false }
        } else {
            guard s.isWord(q, participateVerbs) else { return false }
        }
        var r = q + 1
        while r < s.count, r <= q + 5, !s.isComma(r), !s.token(r).isSentenceEnd {
            if s.has(r, .coordinationNoun) || s.isAgency(r) { return false }
            if chinese ? chineseOperations.contains(s.hanziWord(r)) : s.isWord(r, operationNouns) { return true }
            if r > q + 1, s.has(r, .verbForm), !s.has(r, .participle) { return false }
            r += 1
        }
        return false
    }
}
