/// A participle and the preposition and noun that make it one verb (`mis sur pied`, `mis en place`,
/// `mis en œuvre`, `puesto en marcha`, `set in motion`): `les camps mis sur pied par le HCR` is a
/// reduced relative as `les camps ouverts par le HCR` is.
enum Locution {
    /// Nouns that close a verbal locution after a preposition.
    private static let nouns = Keys.of(["place", "pied", "œuvre", "oeuvre", "marche", "service",
                                        "marcha", "funcionamiento", "práctica", "pie", "motion", "operation"])

    /// `en`, which the lexicon does not class as a preposition (it is also a pronoun).
    private static let links = Keys.of(["en"])

    /// The participle at `q` is followed by a preposition and a locution noun that end right before
    /// the agent marker at `b`.
    static func ends(after q: Int, before b: Int, in s: SentenceContext) -> Bool {
        q == b - 3 && (s.has(q + 1, .preposition) || s.isWord(q + 1, links)) && s.isWord(q + 2, nouns)
    }
}
