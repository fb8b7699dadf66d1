/// Matches a sentence's tokens against the agency table and the lexicon in one left-to-right
/// pass: at each token the longest agency name or phrase wins (an agency wins a tie), then
/// stems and endings for inflected words. The sentence's language decides which phrases apply.
struct Annotator: Sendable {
    var lexicon: Lexicon
    var agencies: AgencyTable

    /// The language of a sentence: Chinese by script, otherwise the language whose function
    /// words occur most; the chapter's language on a tie.
    func language(of tokens: [Token], _ range: Range<Int>, default fallback: String) -> String {
        var han = 0
        var words = 0
        var votes: [String: Int] = [:]
        for t in tokens[range] {
            switch t.kind {
            case .han: han += 1
            case .word:
                words += 1
                for language in lexicon.functionWords[t.folded] ?? [] { votes[language, default: 0] += 1 }
            default: break
            }
        }
        if han >= 2, han >= words { return "zh" }
        let best = votes.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }
        guard let best, best.value > (votes[fallback] ?? 0) else { return fallback == "zh" && han == 0 ? "en" : fallback }
        return best.key
    }

    func units(_ tokens: [Token], _ range: Range<Int>, language: String) -> [Unit] {
        var out: [Unit] = []
        var i = range.lowerBound
        while i < range.upperBound {
            let token = tokens[i]
            if token.kind == .opaque || token.kind == .number {
                out.append(Unit(first: i, end: i + 1, classes: [], agency: nil))
                i += 1
                continue
            }
            let agency = agencies.match(tokens, at: i, end: range.upperBound)
            let phrase = lexicon.match(tokens, at: i, end: range.upperBound, language: language)
            if let agency, agency.length >= (phrase?.length ?? 0) {
                out.append(Unit(first: i, end: i + agency.length, classes: [], agency: agency.term))
                i += agency.length
            } else if let phrase {
                out.append(Unit(first: i, end: i + phrase.length, classes: phrase.classes, agency: nil))
                i += phrase.length
            } else {
                var classes: WordClass = []
                if token.kind == .word, token.text == token.folded || i == range.lowerBound {
                    classes = lexicon.inflected(token.folded, language: language)
                }
                out.append(Unit(first: i, end: i + 1, classes: classes, agency: nil))
                i += 1
            }
        }
        return out
    }
}
