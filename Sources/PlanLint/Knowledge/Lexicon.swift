/// The word classes of every language in hash tables, built once from `patterns.json`:
/// phrases keyed by their first token, plus stem and ending tables for inflected French and
/// Spanish verbs. Looking a token up costs a few hash probes; nothing rescans the text.
struct Lexicon: Sendable {
    /// Phrases by folded first token, longest first.
    private(set) var byFirst: [String: [Phrase]] = [:]
    /// Stems and endings of inflected French and Spanish words, by language.
    private(set) var inflections: [String: InflectionTables] = [:]
    /// First-person endings of every language in one trie (`-aremos`).
    private(set) var firstPersonEndings = ByteTrie()
    /// Function words: which languages a word votes for.
    private(set) var functionWords: [String: [String]] = [:]
    /// The languages of the patterns, sorted: votes are counted by index.
    private(set) var languages: [String] = []
    /// Generated verb forms by language (first person plural forms are also phrases, so that
    /// they trigger the first-person rule).
    private(set) var verbTables: [String: VerbTable] = [:]
    /// The inflection tables (empty ones for none) and verb tables of each of ``languages``, by
    /// its index: the annotator takes a sentence's tables with no string hashing.
    private(set) var tablesByIndex: [(inflections: InflectionTables, verbs: VerbTable)] = []
    /// The ``WordTable`` entries of the first tokens of the phrases and function words, without
    /// agency names: the part of every plan's word table that is the same for every plan, made
    /// with the lexicon (beside the loading of a plan, see
    /// ``AgencyNeutralLinter/prepareKnowledge()``).
    private(set) var entries: [UInt64: WordEntry] = [:]

    static let shared = Lexicon(LintKnowledge.shipped.patterns, verbs: LintKnowledge.shipped.verbs)

    init(_ file: LintKnowledge.PatternFile, verbs: LintKnowledge.VerbFile) {
        languages = file.languages.keys.sorted()
        for (language, patterns) in file.languages.sorted(by: { $0.key < $1.key }) {
            var tables = InflectionTables()
            for ending in patterns.nounEndings { tables.nounEndings.insert(ending, .function, reversed: true) }
            for (name, entry) in patterns.classes.sorted(by: { $0.key < $1.key }) {
                guard let cls = WordClass.named(name) else { continue }
                var words = entry.words ?? []
                if cls == .agencyDescription { words = DescriptionVariants.expanded(words, language: language) }
                for verb in entry.verbs ?? [] { words += EnglishInflection.forms(of: verb) }
                for word in words { add(word, cls, language) }
                for stem in entry.stems ?? [] { tables.stems.insert(stem, cls, reversed: false) }
                for suffix in entry.suffixes ?? [] where cls == .firstPerson { firstPersonEndings.insert(suffix, cls, reversed: true) }
                for suffix in entry.suffixes ?? [] {
                    tables.endings.insert(suffix, cls == .action ? [cls, .inflectedFuture] : cls, reversed: true)
                }
            }
            inflections[language] = tables
        }
        for (language, entry) in verbs.languages.sorted(by: { $0.key < $1.key }) {
            // Sized for the forms of a French lemma (fifty to sixty); Spanish (about 130, with
            // the enclitic forms) grows the table once.
            var forms = VerbTable(capacity: entry.classes.values.reduce(0) { $0 + $1.count } * (language == "en" ? 8 : 64))
            for (name, lemmas) in entry.classes.sorted(by: { $0.key < $1.key }) {
                guard let meaning = WordClass.named(name) else { continue }
                for lemma in lemmas {
                    for (form, cls) in Self.forms(of: lemma, language: language, irregular: entry.irregular?[lemma] ?? entry.irregular?[String(lemma.prefix { $0 != " " })]) {
                        if language != "zh", let key = Phrase.lowercaseWordKey(form) {
                            forms.formUnion(cls.union(meaning), forKey: key)
                            if cls.contains(.firstPerson) { add(form, .firstPerson, language) }
                            continue
                        }
                        let keys = Phrase.keys(of: form, folded: true)
                        if keys.count == 1, language != "zh" {
                            forms.formUnion(cls.union(meaning), forKey: TokenHash.hash(keys[0]))
                            if cls.contains(.firstPerson) { add(form, .firstPerson, language) }
                        } else {
                            add(form, cls.union(meaning), language)
                        }
                    }
                }
            }
            verbTables[language] = forms
        }
        for key in byFirst.keys { byFirst[key]?.sort { $0.keys.count > $1.keys.count } }
        tablesByIndex = languages.map { (inflections[$0] ?? InflectionTables(), verbTables[$0] ?? VerbTable.empty) }
        entries = WordEntry.entries(of: self)
    }

    /// The forms of a verb lemma with their classes: English regular or listed forms, French and
    /// Spanish conjugations, a Chinese word as it is.
    static func forms(of lemma: String, language: String, irregular: [String]?) -> [(String, WordClass)] {
        // A verb phrase (`mettre en garde`, `dar la voz de alarma`, `sound the alarm`): the head
        // verb's forms, each followed by the rest of the phrase.
        if language != "zh", let space = lemma.firstIndex(of: " ") {
            let rest = lemma[space...]
            return forms(of: String(lemma[..<space]), language: language, irregular: irregular).map { ($0.0 + rest, $0.1) }
        }
        return switch language {
        case "en": EnglishInflection.classified(lemma, irregular: irregular)
        case "fr": FrenchConjugation.forms(of: lemma)
        case "es": SpanishConjugation.forms(of: lemma)
        default: [(lemma, .verbForm)]
        }
    }

    private mutating func add(_ text: String, _ cls: WordClass, _ language: String) {
        let keys = Phrase.keys(of: text, folded: true)
        guard let first = keys.first else { return }
        if cls == .function, keys.count == 1 {
            functionWords[first, default: []].append(language)
            return
        }
        let languageIndex = languages.firstIndex(of: language) ?? -1
        // One hash look-up of `first` (the list is updated in place).
        Self.merge(keys, cls, language, languageIndex, into: &byFirst[first, default: []])
    }

    /// Adds `cls` to the phrase of `list` with these keys and language, or appends a new one.
    private static func merge(_ keys: [String], _ cls: WordClass, _ language: String, _ languageIndex: Int, into list: inout [Phrase]) {
        if let i = list.firstIndex(where: { $0.keys == keys && $0.language == language }) {
            list[i].classes.formUnion(cls)
        } else {
            list.append(Phrase(keys: keys, classes: cls, language: language, languageIndex: languageIndex))
        }
    }

    /// The word has a first-person ending in some language (Spanish `-aremos`).
    func mayBeFirstPerson<Bytes: BidirectionalCollection<UInt8>>(_ word: Bytes) -> Bool {
        firstPersonEndings.longest(in: word, reversed: true, rest: 3) != nil
    }
}
