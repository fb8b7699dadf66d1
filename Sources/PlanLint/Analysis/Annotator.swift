/// Matches a sentence's tokens against the word table in one left-to-right pass: one hash
/// lookup per token gives the agency names and phrases starting there; the longest wins (an
/// agency wins a tie); stems and endings classify inflected words. The sentence's language
/// decides which phrases apply.
struct Annotator: Sendable {
    var lexicon: Lexicon
    var agencies: AgencyTable
    var table: WordTable

    init(lexicon: Lexicon, agencies: AgencyTable, table: WordTable? = nil) {
        self.lexicon = lexicon
        self.agencies = agencies
        self.table = table ?? WordTable(lexicon: lexicon, agencies: agencies)
    }

    /// The shipped lexicon and agencies, built once per process.
    static let shipped = Annotator(lexicon: .shared, agencies: .shipped)

    /// The word table entries of a sentence's tokens (the one lookup per token), written into
    /// `entries` (a buffer reused from sentence to sentence); ``WordTable/none`` for no entry.
    func entries(_ tokens: [Token], _ range: Range<Int>, into entries: inout [Int32]) {
        entries.removeAll(keepingCapacity: true)
        for i in range {
            let token = tokens[i]
            entries.append(token.kind == .word || token.kind == .han || token.kind == .punctuation ? table.lookup(token.key) : WordTable.none)
        }
    }

    /// Whether any rule can fire in the sentence: it names an agency or has a first-person
    /// word. Other sentences are not annotated further.
    /// `references`: an agency was named earlier in the paragraph, so `the agency` or `it` may
    /// refer to it.
    func needsRules(_ tokens: [Token], _ prose: ProseText, _ range: Range<Int>, entries: [Int32], references: Bool = false) -> Bool {
        var k = 0
        for i in range {
            let entry = entries[k]
            k += 1
            if entry != WordTable.none {
                if table.mayTrigger(entry) || table.startsAgency(entry, exactKey: tokens[i].exactKey) || (references && table.mayRefer(entry)) { return true }
                if table.phraseTriggers(entry, tokens, i, range.upperBound, references: references) { return true }
            } else if tokens[i].kind == .word, lexicon.mayBeFirstPerson(prose.utf8(tokens[i])) || HyphenatedAgent.mayStartWith(prose.utf8(tokens[i]), agencies: agencies) {
                return true
            }
        }
        return false
    }

    /// Whether the sentence has a word that only an agency reference ends with (`the agency`,
    /// `l'agence`, ``Keys/agencyNouns``): it names one agency even with none named in the
    /// paragraph. Asked only of sentences ``needsRules`` turned down.
    static func namesAnAgencyByItsNoun(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        // Four keys compared in a row: no hashing of the key for a set lookup.
        let (a, b, c, d) = Keys.agencyNounKeys
        for i in range {
            let key = tokens[i].key
            if key == a || key == b || key == c || key == d, tokens[i].kind == .word { return true }
        }
        return false
    }

    /// The language of a sentence: Chinese by script, otherwise the language whose function
    /// words occur most; the chapter's language on a tie. `votes` is a reused buffer.
    func language(of tokens: [Token], _ range: Range<Int>, entries: [Int32], default fallback: String, votes: inout [Int]) -> String {
        var han = 0
        var words = 0
        votes.removeAll(keepingCapacity: true)
        votes.append(contentsOf: repeatElement(0, count: lexicon.languages.count))
        var k = 0
        for i in range {
            switch tokens[i].kind {
            case .han: han += 1
            case .word:
                words += 1
                if entries[k] != WordTable.none { table.vote(entries[k], into: &votes) }
            default: break
            }
            k += 1
        }
        if han >= 2, han >= words { return "zh" }
        let fallbackVotes = lexicon.languages.firstIndex(of: fallback).map { votes[$0] } ?? 0
        guard let best = votes.indices.max(by: { votes[$0] < votes[$1] }), votes[best] > fallbackVotes else {
            return fallback == "zh" && han == 0 ? "en" : fallback
        }
        return lexicon.languages[best]
    }

    func units(_ tokens: [Token], _ prose: ProseText, _ range: Range<Int>, entries: [Int32], language: String) -> [Unit] {
        var out: [Unit] = []
        out.reserveCapacity(range.count)
        let end = range.upperBound
        let languageIndex = lexicon.languages.firstIndex(of: language) ?? -1
        // Bound once, not as optionals: unwrapping an optional table for each token copied it
        // (a retain and a release of each of its arrays a token). Taken by the language's index
        // (no hashing of the language's name); a language without patterns has no tables.
        let (tables, verbs) = languageIndex >= 0 ? lexicon.tablesByIndex[languageIndex] : (InflectionTables(), lexicon.verbTables[language] ?? VerbTable.empty)
        let inflects = !tables.isEmpty
        var i = range.lowerBound
        while i < end {
            let token = tokens[i]
            let index = entries[i - range.lowerBound]
            let entry = index == WordTable.none ? nil : table.entry(index)
            let agency = entry.flatMap { Self.agency($0, tokens, i, end) }
            let phrase = entry.flatMap { Self.phrase($0, tokens, i, end, languageIndex) }
            // A reference or description phrase gives way to an agency name that starts inside it
            // (`l'Organisation internationale pour les migrations`, `Le Fonds des Nations unies`).
            if let p = phrase, agency == nil, p.length > 1, p.classes.contains(.agencyReference) || p.classes.contains(.agencyDescription),
               (i + 1..<i + p.length).contains(where: { k in
                   let e = entries[k - range.lowerBound]
                   return e != WordTable.none && Self.agency(table.entry(e), tokens, k, end) != nil
               }) {
                out.append(Unit(first: i, end: i + 1, classes: [], agency: nil))
                i += 1
                continue
            }
            if let agency, agency.length >= (phrase?.length ?? 0) {
                out.append(Unit(first: i, end: i + agency.length, classes: [], agency: agency.term))
                i += agency.length
            } else if let phrase {
                var classes = phrase.classes
                if phrase.length == 1, token.kind == .word { classes.formUnion(verbs.lookup(token.key)) }
                out.append(Unit(first: i, end: i + phrase.length, classes: classes, agency: nil))
                i += phrase.length
            } else {
                var classes: WordClass = token.kind == .word ? verbs.lookup(token.key) : []
                // A capital is read as the first word's when the word opens the sentence or a
                // quotation (`“Seguiremos trabajando”, afirmó`).
                if classes.isEmpty, inflects, token.kind == .word,
                   token.key == token.exactKey || i == range.lowerBound || token.quoted && tokens[i - 1].kind == .punctuation && QuoteMarker.isMark(tokens[i - 1].scalar) {
                    // Equal keys: the word has no capitals, its bytes are its folded text.
                    classes = token.key == token.exactKey ? tables.classes(of: prose.utf8(token)) : tables.classes(of: prose.folded(token).utf8)
                }
                // `reiniciar`, `relancer`, `reopen`: a known action verb after the prefix `re`.
                if classes.isEmpty, token.kind == .word, token.key == token.exactKey { classes = VerbPrefix.classes(of: prose.utf8(token), verbs: verbs) }
                out.append(Unit(first: i, end: i + 1, classes: classes, agency: nil))
                i += 1
            }
        }
        return out
    }

    private static func agency(_ entry: WordEntry, _ tokens: [Token], _ i: Int, _ end: Int) -> (length: Int, term: Int32)? {
        for candidate in entry.agencies where i + candidate.keys.count <= end {
            var k = 0
            while k < candidate.keys.count, tokens[i + k].exactKey == candidate.keys[k] { k += 1 }
            if k == candidate.keys.count { return (k, candidate.term) }
        }
        return nil
    }

    private static func phrase(_ entry: WordEntry, _ tokens: [Token], _ i: Int, _ end: Int, _ language: Int) -> (length: Int, classes: WordClass)? {
        for phrase in entry.phrases where phrase.languageIndex == language && i + phrase.hashes.count <= end {
            var k = 1
            while k < phrase.hashes.count, tokens[i + k].key == phrase.hashes[k] { k += 1 }
            if k == phrase.hashes.count { return (k, phrase.classes) }
        }
        return nil
    }
}
