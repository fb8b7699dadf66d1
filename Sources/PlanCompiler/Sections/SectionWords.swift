import PlanModel

/// The words a vocabulary's heading matchers share whatever the chapter kind: its stop words,
/// connectors, qualifier stems, the country-name words of its languages, and every stem it knows.
///
/// Made once per vocabulary and shared by its three matchers (``SectionMatcher``): the known
/// stems come from every phrase of every part and the country names from every language, about
/// two thirds of the cost of building a matcher, which each of the three paid before.
struct SectionWords: Sendable {
    let stopWords: Set<String>
    let connectors: Set<String>
    /// Stems of qualifiers.
    let qualifiers: Set<String>
    /// Folded words of country names in the vocabulary's languages, stop words left out.
    let countryWords: Set<String>
    /// Every stem the vocabulary knows: such a word is never taken for a misspelling.
    let known: Set<String>

    /// The words of `vocabulary`, made once per process and vocabulary (bounded as the matchers
    /// are). Safe from any thread.
    static func of(_ vocabulary: SectionVocabulary) -> SectionWords {
        cache.value(for: vocabulary) { SectionWords(vocabulary: vocabulary) }
    }

    private static let cache = OnceCache<SectionVocabulary, SectionWords>(limit: 32)

    init(vocabulary: SectionVocabulary) {
        let languages = vocabulary.languages.keys.sorted().compactMap { vocabulary.languages[$0] }
        let stopWords = Set(languages.flatMap(\.stop))
        self.stopWords = stopWords
        self.connectors = Set(languages.flatMap(\.connectors))
        let qualifiers = Set(languages.flatMap(\.qualifiers).map(HeadingNormalizer.stem))
        self.qualifiers = qualifiers
        self.countryWords = CountryNameWords.words(languages: Array(vocabulary.languages.keys)).subtracting(stopWords)
        var known = qualifiers
        for id in vocabulary.parts.keys {
            for alone in [false, true] {
                for (_, phrase) in vocabulary.phrases(of: id, alone: alone) { known.formUnion(HeadingNormalizer.words(phrase).map(\.stem)) }
            }
        }
        for phrase in vocabulary.notParts.values.flatMap({ $0 }) { known.formUnion(HeadingNormalizer.words(phrase).map(\.stem)) }
        self.known = known
    }
}
