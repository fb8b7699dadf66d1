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

/// The lexicon and a linter's agency table merged into one table keyed by the hash of the
/// folded token: open addressing over the (already uniformly spread) FNV keys, so a lookup is a
/// mask and a few compares, with no `Hasher` and no reference counting of keys.
struct WordTable: Sendable {
    private let slots: [UInt64]
    private let values: [WordEntry?]
    private let mask: Int

    init(lexicon: Lexicon, agencies: AgencyTable) {
        let phrases = lexicon.byFirst
        var names: [String: [(keys: [String], term: Int32)]] = [:]
        for (first, candidates) in agencies.candidates {
            names[TokenHash.fold(first), default: []] += candidates
        }
        let keys = Set(phrases.keys).union(names.keys).union(lexicon.functionWords.keys)
        var entries: [UInt64: WordEntry] = [:]
        for key in keys.sorted() {
            let agencyCandidates = (names[key] ?? []).sorted { $0.keys.count > $1.keys.count }.map { ($0.keys.map(TokenHash.hash), $0.term) }
            entries[TokenHash.hash(key)] = WordEntry(phrases: phrases[key] ?? [], agencies: agencyCandidates, functionLanguages: lexicon.functionWords[key] ?? [], languages: lexicon.languages)
        }
        var capacity = 16
        while capacity < entries.count * 2 { capacity *= 2 }
        var slots = [UInt64](repeating: 0, count: capacity)
        var values = [WordEntry?](repeating: nil, count: capacity)
        for (key, entry) in entries.sorted(by: { $0.key < $1.key }) {
            var i = Int(truncatingIfNeeded: key) & (capacity - 1)
            while values[i] != nil { i = (i + 1) & (capacity - 1) }
            slots[i] = key
            values[i] = entry
        }
        self.slots = slots
        self.values = values
        mask = capacity - 1
    }

    /// The entry of a token's folded-text hash.
    subscript(_ key: UInt64) -> WordEntry? {
        var i = Int(truncatingIfNeeded: key) & mask
        while let entry = values[i] {
            if slots[i] == key { return entry }
            i = (i + 1) & mask
        }
        return nil
    }
}
