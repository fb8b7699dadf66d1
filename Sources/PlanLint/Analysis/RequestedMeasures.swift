/// Measures asked for (`ACNUR solicita medidas legales y seguras`, `UNHCR requests urgent
/// measures`, `le HCR sollicite des mesures urgentes`): a funding verb whose object is a measure,
/// not money, is the agency's appeal in its own voice, as asking for support is. (Chinese
/// `要求采取措施` is advocacy already.)
enum RequestedMeasures {
    /// Measure nouns in the four languages.
    static let nouns = Keys.of(["measures", "measure", "mesures", "mesure", "medidas", "medida"])

    private static let partitive = Keys.of(["des"])

    /// A measure noun as the object of the verb at `q`, after at most two modifiers or an article,
    /// in the verb's clause and before any preposition.
    static func follow(_ q: Int, in s: SentenceContext) -> Bool {
        var r = q + 1
        // The French partitive article (`sollicite des mesures`) is no preposition here.
        if s.isWord(r, partitive) { r += 1 }
        while r < s.count, r <= q + 3, s.token(r).kind == .word, !s.has(r, .preposition) {
            if s.isWord(r, nouns) { return true }
            r += 1
        }
        return false
    }
}
