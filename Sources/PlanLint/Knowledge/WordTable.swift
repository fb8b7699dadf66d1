/// Everything known about a first token, behind one hash lookup: the lexicon phrases that start
/// with it (lower-cased), the agency names that start with it (matched as written) and the
/// languages it is a function word of.
final class WordEntry: Sendable {
    let phrases: [Phrase]
    /// Agency names as exact-text hashes of their tokens.
    let agencies: [(keys: [UInt64], term: Int32)]
    let functionLanguages: [String]
    /// Indices in ``Lexicon/languages`` of `functionLanguages`.
    let functionLanguageIndices: [Int]
    /// An agency name or a first-person word starts here: the sentence needs the rules.
    let mayTrigger: Bool

    init(phrases: [Phrase], agencies: [(keys: [UInt64], term: Int32)], functionLanguages: [String], languages: [String]) {
        self.phrases = phrases
        self.agencies = agencies
        self.functionLanguages = functionLanguages
        functionLanguageIndices = functionLanguages.compactMap { languages.firstIndex(of: $0) }
        mayTrigger = !agencies.isEmpty || phrases.contains { $0.classes.contains(.firstPerson) }
    }
}

/// The lexicon and a linter's agency table merged into one dictionary keyed by folded token.
struct WordTable: Sendable {
    private let entries: [UInt64: WordEntry]

    init(lexicon: Lexicon, agencies: AgencyTable) {
        let phrases = lexicon.byFirst
        var names: [String: [(keys: [String], term: Int32)]] = [:]
        for (first, candidates) in agencies.candidates {
            names[Token.fold(first), default: []] += candidates
        }
        let keys = Set(phrases.keys).union(names.keys).union(lexicon.functionWords.keys)
        var entries: [UInt64: WordEntry] = [:]
        for key in keys.sorted() {
            let agencyCandidates = (names[key] ?? []).sorted { $0.keys.count > $1.keys.count }.map { ($0.keys.map(Token.hash), $0.term) }
            entries[Token.hash(key)] = WordEntry(phrases: phrases[key] ?? [], agencies: agencyCandidates, functionLanguages: lexicon.functionWords[key] ?? [], languages: lexicon.languages)
        }
        self.entries = entries
    }

    /// The entry of a token's folded-text hash.
    subscript(_ key: UInt64) -> WordEntry? { entries[key] }
}
