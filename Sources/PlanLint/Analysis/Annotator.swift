/// Matches a sentence's tokens against the word table in one left-to-right pass: one hash
/// lookup per token gives the agency names and phrases starting there; the longest wins (an
/// agency wins a tie); stems and endings classify inflected words. The sentence's language
/// decides which phrases apply.
struct Annotator: Sendable {
    var lexicon: Lexicon
    var agencies: AgencyTable
    var table: WordTable

    init(lexicon: Lexicon, agencies: AgencyTable) {
        self.lexicon = lexicon
        self.agencies = agencies
        table = WordTable(lexicon: lexicon, agencies: agencies)
    }

    /// The word table entries of a sentence's tokens (the one lookup per token).
    func entries(_ tokens: [Token], _ range: Range<Int>) -> [WordEntry?] {
        range.map { tokens[$0].kind == .word || tokens[$0].kind == .han || tokens[$0].kind == .punctuation ? table[tokens[$0].key] : nil }
    }

    /// Whether any rule can fire in the sentence: it names an agency or has a first-person
    /// word. Other sentences are not annotated further.
    func needsRules(_ tokens: [Token], _ range: Range<Int>, entries: [WordEntry?]) -> Bool {
        for (k, i) in range.enumerated() {
            if let entry = entries[k] {
                if entry.mayTrigger { return true }
            } else if tokens[i].kind == .word, lexicon.mayBeFirstPerson(tokens[i].text) {
                return true
            }
        }
        return false
    }

    /// The language of a sentence: Chinese by script, otherwise the language whose function
    /// words occur most; the chapter's language on a tie.
    func language(of tokens: [Token], _ range: Range<Int>, entries: [WordEntry?], default fallback: String) -> String {
        var han = 0
        var words = 0
        var votes = [Int](repeating: 0, count: lexicon.languages.count)
        for (k, i) in range.enumerated() {
            switch tokens[i].kind {
            case .han: han += 1
            case .word:
                words += 1
                for index in entries[k]?.functionLanguageIndices ?? [] { votes[index] += 1 }
            default: break
            }
        }
        if han >= 2, han >= words { return "zh" }
        let fallbackVotes = lexicon.languages.firstIndex(of: fallback).map { votes[$0] } ?? 0
        guard let best = votes.indices.max(by: { votes[$0] < votes[$1] }), votes[best] > fallbackVotes else {
            return fallback == "zh" && han == 0 ? "en" : fallback
        }
        return lexicon.languages[best]
    }

    func units(_ tokens: [Token], _ range: Range<Int>, entries: [WordEntry?], language: String) -> [Unit] {
        var out: [Unit] = []
        out.reserveCapacity(range.count)
        let end = range.upperBound
        let languageIndex = lexicon.languages.firstIndex(of: language) ?? -1
        let tables = lexicon.inflectionTables(language)
        var i = range.lowerBound
        while i < end {
            let token = tokens[i]
            let entry = entries[i - range.lowerBound]
            let agency = entry.flatMap { Self.agency($0, tokens, i, end) }
            let phrase = entry.flatMap { Self.phrase($0, tokens, i, end, languageIndex) }
            if let agency, agency.length >= (phrase?.length ?? 0) {
                out.append(Unit(first: i, end: i + agency.length, classes: [], agency: agency.term))
                i += agency.length
            } else if let phrase {
                out.append(Unit(first: i, end: i + phrase.length, classes: phrase.classes, agency: nil))
                i += phrase.length
            } else {
                var classes: WordClass = []
                if let tables, token.kind == .word, token.key == token.exactKey || i == range.lowerBound {
                    classes = tables.classes(of: token.folded)
                }
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
