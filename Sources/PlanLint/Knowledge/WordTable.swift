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
    /// A one-word reference to an agency named earlier (`it`, `its`, `il`, `其`).
    let mayRefer: Bool
    /// Phrases of several words that trigger the rules (`the UN refugee agency`, `let us`) or
    /// refer to an agency (`the agency`): checked where they start, since their first word
    /// (`the`, `la`) is everywhere.
    let triggerPhrases: [Phrase]
    let referPhrases: [Phrase]
    /// The second-token hashes of ``triggerPhrases`` and ``referPhrases``.
    let secondKeys: [UInt64]

    /// Exact-text hashes of the first tokens of the agency names (not brands) starting here: an
    /// agency name is matched as written, so `refugee` does not start `Refugee Housing Unit` and a
    /// brand alone never makes a sentence need the rules.
    let agencyFirstKeys: [UInt64]

    init(phrases: [Phrase], agencies: [(keys: [UInt64], term: Int32)], functionLanguages: [String], languages: [String], brands: Set<Int32> = []) {
        self.phrases = phrases
        self.agencies = agencies
        self.functionLanguages = functionLanguages
        functionLanguageIndices = functionLanguages.compactMap { languages.firstIndex(of: $0) }
        let triggering: WordClass = [.firstPerson, .agencyDescription]
        let referring: WordClass = [.agencyReference, .subjectPronoun, .possessivePronoun]
        agencyFirstKeys = Array(Set(agencies.filter { !brands.contains($0.term) }.map { $0.keys[0] }))
        mayTrigger = phrases.contains { $0.keys.count == 1 && !$0.classes.isDisjoint(with: triggering) }
        mayRefer = phrases.contains { $0.keys.count == 1 && !$0.classes.isDisjoint(with: referring) }
        triggerPhrases = phrases.filter { $0.keys.count > 1 && !$0.classes.isDisjoint(with: triggering) }
        referPhrases = phrases.filter { $0.keys.count > 1 && !$0.classes.isDisjoint(with: referring) }
        secondKeys = Array(Set((triggerPhrases + referPhrases).map { $0.hashes[1] }))
    }

    /// The entries of a lexicon's first tokens, without agency names, keyed by the hash of the
    /// folded token.
    static func entries(of lexicon: Lexicon) -> [UInt64: WordEntry] {
        var byKey: [UInt64: WordEntry] = [:]
        let keys = Set(lexicon.byFirst.keys).union(lexicon.functionWords.keys)
        byKey.reserveCapacity(keys.count)
        for key in keys { byKey[TokenHash.hash(key)] = WordEntry(key, in: lexicon) }
        return byKey
    }

    /// The entry of the folded first token `key`: the lexicon's phrases and function-word
    /// languages for it, with `agencies` (the names starting with it).
    convenience init(_ key: String, in lexicon: Lexicon, agencies: [(keys: [UInt64], term: Int32)] = [], brands: Set<Int32> = []) {
        self.init(phrases: lexicon.byFirst[key] ?? [], agencies: agencies, functionLanguages: lexicon.functionWords[key] ?? [], languages: lexicon.languages, brands: brands)
    }

    /// Whether one of `phrases` starts at token `i` (folded hashes compared).
    static func starts(_ phrases: [Phrase], _ tokens: [Token], _ i: Int, _ end: Int) -> Bool {
        phrases.contains { p in
            guard i + p.hashes.count <= end else { return false }
            for k in 1..<p.hashes.count where tokens[i + k].key != p.hashes[k] { return false }
            return true
        }
    }
}

/// The lexicon and a linter's agency table merged into one table keyed by the hash of the
/// folded token: open addressing over the (already uniformly spread) FNV keys, so a lookup is a
/// mask and a few compares, with no `Hasher` and no reference counting. A lookup gives an entry
/// index; what every token needs (may it trigger a rule, which language does it vote for) is
/// kept in flat arrays by index, the phrases and names only in ``entry(_:)``.
struct WordTable: Sendable {
    /// No entry.
    static let none: Int32 = -1
    private let slots: [UInt64]
    /// Entry index of each slot, ``none`` when empty.
    private let slotEntries: [Int32]
    private let mask: Int
    private let entries: [WordEntry]
    /// By entry index: 1 triggers, 2 refers, 3 a phrase must be checked, 0 none; agency names
    /// are checked apart (``agencyKeys``).
    private let triggers: [UInt8]
    /// By entry index, for code 3: the second-token hashes of its trigger and reference
    /// phrases, so that `the` followed by anything else is dismissed with a few compares.
    private let secondKeys: [[UInt64]]
    /// By entry index: ``WordEntry/agencyFirstKeys``.
    private let agencyKeys: [[UInt64]]
    /// The one language an entry votes for, `-1` for none, `-2` for several (see the entry).
    private let votes: [Int8]

    /// The lexicon's entries (``Lexicon/entries``, made once per process) with the entries of
    /// the agency names' first tokens made here: only those differ from plan to plan.
    init(lexicon: Lexicon, agencies: AgencyTable) {
        var names: [String: [(keys: [String], term: Int32)]] = [:]
        for (first, candidates) in agencies.candidates {
            names[TokenHash.fold(first), default: []] += candidates
        }
        let brands = Set(agencies.terms.indices.filter { agencies.terms[$0].isBrand }.map(Int32.init))
        var byKey = lexicon.entries
        for (key, candidates) in names {
            let agencyCandidates = candidates.sorted { $0.keys.count > $1.keys.count }.map { ($0.keys.map(TokenHash.hash), $0.term) }
            byKey[TokenHash.hash(key)] = WordEntry(key, in: lexicon, agencies: agencyCandidates, brands: brands)
        }
        var capacity = 16
        while capacity < byKey.count * 2 { capacity *= 2 }
        var slots = [UInt64](repeating: 0, count: capacity)
        var slotEntries = [Int32](repeating: Self.none, count: capacity)
        var entries: [WordEntry] = []
        // The slots depend on the insertion order, the lookups do not: no need to sort.
        for (key, entry) in byKey {
            var i = Int(truncatingIfNeeded: key) & (capacity - 1)
            while slotEntries[i] != Self.none { i = (i + 1) & (capacity - 1) }
            slots[i] = key
            slotEntries[i] = Int32(entries.count)
            entries.append(entry)
        }
        self.slots = slots
        self.slotEntries = slotEntries
        mask = capacity - 1
        self.entries = entries
        triggers = entries.map { $0.mayTrigger ? 1 : !$0.triggerPhrases.isEmpty || !$0.referPhrases.isEmpty ? 3 : $0.mayRefer ? 2 : 0 }
        agencyKeys = entries.map(\.agencyFirstKeys)
        secondKeys = entries.map(\.secondKeys)
        votes = entries.map { entry in
            switch entry.functionLanguageIndices.count {
            case 0: -1
            case 1: Int8(entry.functionLanguageIndices[0])
            default: -2
            }
        }
    }

    /// The entry index of a token's folded-text hash, ``none`` when nothing starts with it.
    @inline(__always) func lookup(_ key: UInt64) -> Int32 {
        var i = Int(truncatingIfNeeded: key) & mask
        while true {
            let entry = slotEntries[i]
            if entry == Self.none || slots[i] == key { return entry }
            i = (i + 1) & mask
        }
    }

    /// The entry at `index` (from ``lookup(_:)``).
    func entry(_ index: Int32) -> WordEntry { entries[Int(index)] }

    /// An agency name or a first-person word starts with the entry's token.
    @inline(__always) func mayTrigger(_ index: Int32) -> Bool { triggers[Int(index)] == 1 }

    /// An agency name (not a brand) may start with the token, whose exact-text hash is `exactKey`.
    @inline(__always) func startsAgency(_ index: Int32, exactKey: UInt64) -> Bool {
        let keys = agencyKeys[Int(index)]
        return !keys.isEmpty && keys.contains(exactKey)
    }

    /// A reference to an agency named earlier may start with the entry's token.
    @inline(__always) func mayRefer(_ index: Int32) -> Bool { triggers[Int(index)] == 2 }

    /// Whether the sentence needs the rules because of the entry at token `i`: a phrase of
    /// several words that triggers, or (`references`) one that refers, starts there.
    /// The common case (no phrase starts at the entry) is the one compare inlined into the
    /// per-token loop; the phrase match is out of line.
    @inline(__always) func phraseTriggers(_ index: Int32, _ tokens: [Token], _ i: Int, _ end: Int, references: Bool) -> Bool {
        guard triggers[Int(index)] == 3 else { return false }
        return phraseStarts(index, tokens, i, end, references: references)
    }

    @inline(never) private func phraseStarts(_ index: Int32, _ tokens: [Token], _ i: Int, _ end: Int, references: Bool) -> Bool {
        if i + 1 < end, !secondKeys[Int(index)].contains(tokens[i + 1].key) {
            return references && entries[Int(index)].mayRefer
        }
        let entry = entries[Int(index)]
        if WordEntry.starts(entry.triggerPhrases, tokens, i, end) { return true }
        return references && (entry.mayRefer || WordEntry.starts(entry.referPhrases, tokens, i, end))
    }

    /// Adds the entry's function-word votes to `counts` (by language index).
    @inline(__always) func vote(_ index: Int32, into counts: inout [Int]) {
        let v = votes[Int(index)]
        if v >= 0 {
            counts[Int(v)] += 1
        } else if v == -2 {
            for language in entries[Int(index)].functionLanguageIndices { counts[language] += 1 }
        }
    }
}
