/// Reporting phrases made of a light verb and its complement (`faire savoir que`, `faire part de`,
/// `hacer saber que`, `hacer público que`, `dar a conocer que`, `make known that`, `make clear
/// that`): the phrase reports, as `indiquer`, `informar` and `say` do, and the light verb
/// (`faire`, `hacer`, `dar`, `make`, all actions or unknown on their own) is no act.
enum LightReport {
    /// The last unit of a light-verb reporting phrase whose verb is at `q`, or `nil` when the verb
    /// at `q` is not a light verb followed by a reporting complement. Looks at most two units ahead.
    static func end(at q: Int, in s: SentenceContext) -> Int? {
        guard s.language != "zh", q + 1 < s.count, s.isWord(q, lightVerbs) else { return nil }
        let r = q + 1
        // `fait savoir`, `hizo saber`, `made known`, `made clear`, `hizo público`.
        if s.isWord(r, complements) { return r }
        // `dio a conocer`, `ha dado a conocer`.
        if s.language == "es", s.isWord(r, Keys.infinitiveMarkers), s.isWord(r + 1, conocer) { return r + 1 }
        // `a fait part de`, `fait part du`, `a fait part de sa préoccupation`.
        if s.language == "fr", s.isWord(r, part), r + 1 < s.count, s.isWord(r + 1, Keys.genitive) || s.has(r + 1, .possessiveBefore) { return r }
        return nil
    }

    /// Whether a light-verb reporting phrase ends at unit `end - 1` (its verb one or two units before).
    static func ends(before end: Int, in s: SentenceContext) -> Bool {
        end >= 2 && (Self.end(at: end - 2, in: s) == end - 1 || end >= 3 && Self.end(at: end - 3, in: s) == end - 1)
    }

    /// Every form of the light verbs (`faire`, `hacer`, `dar`, `make`), generated from the lemmas.
    private static let lightVerbs = Keys.of(FrenchConjugation.forms(of: "faire").map(\.0)
        + SpanishConjugation.forms(of: "hacer").map(\.0) + SpanishConjugation.forms(of: "dar").map(\.0)
        + ["make", "makes", "made", "making"])
    /// The complements that make a light verb report (`savoir`, `saber`, `known`, `clear`, `público`).
    private static let complements = Keys.of(["savoir", "saber", "público", "pública", "known", "clear", "public"])
    private static let conocer = Keys.of(["conocer"])
    private static let part = Keys.of(["part"])
}
