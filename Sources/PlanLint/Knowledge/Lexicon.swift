/// The word classes of every language in hash tables, built once from `patterns.json`:
/// phrases keyed by their first token, plus stem and ending tables for inflected French and
/// Spanish verbs. Looking a token up costs a few hash probes; nothing rescans the text.
struct Lexicon: Sendable {
    /// Phrases by folded first token, longest first.
    private(set) var byFirst: [String: [Phrase]] = [:]
    /// `language -> stem -> classes`; tried on words no phrase covers.
    private(set) var stems: [String: [String: WordClass]] = [:]
    private(set) var suffixes: [String: [String: WordClass]] = [:]
    private(set) var stemLengths: [Int] = []
    private(set) var suffixLengths: [Int] = []
    private(set) var nounEndings: [String: [String]] = [:]
    /// Function words: which languages a word votes for.
    private(set) var functionWords: [String: [String]] = [:]

    static let shared = Lexicon(LintKnowledge.shipped.patterns)

    init(_ file: LintKnowledge.PatternFile) {
        var stemLengths = Set<Int>()
        var suffixLengths = Set<Int>()
        for (language, patterns) in file.languages.sorted(by: { $0.key < $1.key }) {
            nounEndings[language] = patterns.nounEndings
            for (name, entry) in patterns.classes.sorted(by: { $0.key < $1.key }) {
                guard let cls = WordClass.named(name) else { continue }
                var words = entry.words ?? []
                for verb in entry.verbs ?? [] { words += EnglishInflection.forms(of: verb) }
                for word in words { add(word, cls, language) }
                for stem in entry.stems ?? [] {
                    stems[language, default: [:]][stem, default: []].formUnion(cls)
                    stemLengths.insert(stem.count)
                }
                for suffix in entry.suffixes ?? [] {
                    var classes = cls
                    if cls == .action { classes.insert(.inflectedFuture) }
                    suffixes[language, default: [:]][suffix, default: []].formUnion(classes)
                    suffixLengths.insert(suffix.count)
                }
            }
        }
        self.stemLengths = stemLengths.sorted(by: >)
        self.suffixLengths = suffixLengths.sorted(by: >)
        for key in byFirst.keys { byFirst[key]?.sort { $0.keys.count > $1.keys.count } }
    }

    private mutating func add(_ text: String, _ cls: WordClass, _ language: String) {
        let keys = Phrase.keys(of: text, folded: true)
        guard let first = keys.first else { return }
        if cls == .function, keys.count == 1 {
            functionWords[first, default: []].append(language)
            return
        }
        if let i = byFirst[first]?.firstIndex(where: { $0.keys == keys && $0.language == language }) {
            byFirst[first]?[i].classes.formUnion(cls)
        } else {
            byFirst[first, default: []].append(Phrase(keys: keys, classes: cls, language: language))
        }
    }

    /// The longest phrase of `language` starting at `i`: its length in tokens and classes.
    func match(_ tokens: [Token], at i: Int, end: Int, language: String) -> (length: Int, classes: WordClass)? {
        guard let candidates = byFirst[tokens[i].folded] else { return nil }
        for phrase in candidates where phrase.language == language && i + phrase.keys.count <= end {
            var ok = true
            for (k, key) in phrase.keys.enumerated().dropFirst() where tokens[i + k].folded != key {
                ok = false
                break
            }
            if ok { return (phrase.keys.count, phrase.classes) }
        }
        return nil
    }

    /// Classes of an inflected word by its stem or ending (French, Spanish).
    func inflected(_ word: String, language: String) -> WordClass {
        guard stems[language] != nil || suffixes[language] != nil else { return [] }
        let table = stems[language] ?? [:]
        if nounEndings[language, default: []].contains(where: { word.hasSuffix($0) }) { return [] }
        var classes: WordClass = []
        let count = word.count
        for n in stemLengths where n < count {
            if let c = table[String(word.prefix(n))] { classes = c; break }
        }
        if let endings = suffixes[language] {
            for n in suffixLengths where n + 2 < count {
                if let c = endings[String(word.suffix(n))] {
                    classes.formUnion(c)
                    break
                }
            }
        }
        return classes
    }
}
