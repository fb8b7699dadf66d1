import PlanModel

/// Reads headings as the required parts of one chapter kind they name.
///
/// Every phrase of the vocabulary becomes a set of meaning words (its words without stop
/// words, each reduced by ``HeadingNormalizer/stem(_:)``). A heading names a part when it holds
/// every meaning word of one of the part's phrases, wherever they stand; an `alone` phrase also
/// needs the rest of its stretch of the heading to be qualifiers or country names. Phrases that
/// hold the same words compete: one within a single stretch of the heading first, then the one
/// with more meaning words, then the earlier;
/// phrases on different words all count, so one heading can name two parts. The cost is one
/// look-up per word of the heading, whatever its length and the vocabulary's size.
struct SectionMatcher: Sendable {
    let kind: SectionKind
    /// Unique to this matcher in the process (never reused): a chapter's annotation and section
    /// findings are cached under it (``ChapterDerived``).
    let identity = SectionMatcher.nextIdentity()
    let order: [String]
    private let signatures: [Signature]
    /// Stem -> indices of the signatures holding it.
    private let index: [String: [Int]]
    private let stopWords: Set<String>
    private let connectors: Set<String>
    /// Stems of qualifiers; folded words of country names in the vocabulary's languages.
    private let qualifiers: Set<String>
    private let countryWords: Set<String>
    /// Every stem the vocabulary knows: such a word is never taken for a misspelling.
    private let known: Set<String>
    /// Meaning-word sequences whose presence in a part's section text describes another part.
    private let mentions: [(part: String, under: String, stems: [String])]

    /// One phrase as the matcher uses it.
    private struct Signature {
        /// `nil` for a phrase that names no part.
        var part: String?
        var stems: [String]
        var alone: Bool
        /// The phrase as written in the vocabulary, and its meaning words as written.
        var phrase: String
        var words: [(folded: String, written: String)]
    }

    init(vocabulary: SectionVocabulary, kind: SectionKind) {
        self.kind = kind
        let ids = vocabulary.parts(of: kind).map(\.id)
        self.order = ids
        let words = SectionWords.of(vocabulary)
        let stopWords = words.stopWords
        let connectors = words.connectors
        self.stopWords = stopWords
        self.connectors = connectors
        self.qualifiers = words.qualifiers
        self.countryWords = words.countryWords
        func signature(_ part: String?, _ phrase: String, alone: Bool) -> Signature? {
            let words = HeadingNormalizer.words(phrase).filter { !stopWords.contains($0.folded) && !connectors.contains($0.folded) }
            var stems: [String] = []
            for w in words where !stems.contains(w.stem) { stems.append(w.stem) }
            guard !stems.isEmpty else { return nil }
            let utf8 = Array(phrase.utf8)
            let written = words.map { (folded: $0.folded, written: String(decoding: utf8[$0.range], as: UTF8.self)) }
            return Signature(part: part, stems: stems, alone: alone, phrase: phrase, words: written)
        }
        var signatures: [Signature] = []
        for id in ids {
            for alone in [false, true] {
                signatures += vocabulary.phrases(of: id, alone: alone).compactMap { signature(id, $0.phrase, alone: alone) }
            }
        }
        signatures += vocabulary.notParts.keys.sorted().flatMap { vocabulary.notParts[$0]! }.compactMap { signature(nil, $0, alone: false) }
        self.signatures = signatures
        var index: [String: [Int]] = [:]
        for (i, s) in signatures.enumerated() {
            for stem in s.stems { index[stem, default: []].append(i) }
        }
        self.index = index
        self.known = words.known
        self.mentions = ids.compactMap { id -> [(part: String, under: String, stems: [String])]? in
            guard let m = vocabulary.parts[id]?.mentionedUnder else { return nil }
            return m.phrases.keys.sorted().flatMap { m.phrases[$0]! }.map { phrase in
                (id, m.part, HeadingNormalizer.words(phrase).filter { !stopWords.contains($0.folded) }.map(\.stem))
            }
        }.flatMap { $0 }
    }

    // MARK: Reading headings

    /// The parts a heading names, in the order their words stand.
    func parts(for heading: String) -> [String] {
        parts(meaning(HeadingNormalizer.words(heading)))
    }

    /// The first part a heading names, if any.
    func part(for heading: String) -> String? {
        parts(for: heading).first
    }

    /// The words that can carry meaning, their stretches counted with connector words too.
    private func meaning(_ words: [HeadingWord]) -> [HeadingWord] {
        var out: [HeadingWord] = []
        var extra = 0
        for var w in words {
            if connectors.contains(w.folded) { extra += 1; continue }
            if stopWords.contains(w.folded) || Self.isNumbering(w.folded) { continue }
            w.stretch += extra
            out.append(w)
        }
        return out
    }

    /// Digits anywhere in the word ("2024", "SO1") or a Roman numeral up to x.
    private static func isNumbering(_ folded: String) -> Bool {
        folded.utf8.contains { $0 >= 0x30 && $0 <= 0x39 } || romanNumerals.contains(folded)
    }

    private static let romanNumerals: Set<String> = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"]

    private func isQualifier(_ w: HeadingWord) -> Bool {
        qualifiers.contains(w.stem) || countryWords.contains(w.folded)
    }

    private func parts(_ meaning: [HeadingWord]) -> [String] {
        var out: [String] = []
        for (i, _) in matches(meaning) {
            if let id = signatures[i].part, !out.contains(id) { out.append(id) }
        }
        return out
    }

    /// The signatures the words name, each with the positions of its words, in the order of
    /// their first word.
    private func matches(_ meaning: [HeadingWord]) -> [(signature: Int, positions: [Int])] {
        var hits: [Int: [Int]] = [:]
        for (position, w) in meaning.enumerated() {
            for s in index[w.stem] ?? [] {
                var slots = hits[s] ?? Array(repeating: -1, count: signatures[s].stems.count)
                if let k = signatures[s].stems.firstIndex(of: w.stem), slots[k] < 0 { slots[k] = position }
                hits[s] = slots
            }
        }
        let complete = hits.filter { s, slots in
            guard !slots.contains(-1) else { return false }
            guard signatures[s].alone else { return true }
            let stretches = Set(slots.map { meaning[$0].stretch })
            return meaning.indices.allSatisfy { q in !stretches.contains(meaning[q].stretch) || slots.contains(q) || isQualifier(meaning[q]) }
        }
        // Words that stand together mean more together: phrases within one stretch first.
        func spans(_ slots: [Int]) -> Int { Set(slots.map { meaning[$0].stretch }).count > 1 ? 1 : 0 }
        let ranked = complete.sorted { a, b in
            (spans(a.value), b.value.count, a.value.min()!, a.key) < (spans(b.value), a.value.count, b.value.min()!, b.key)
        }
        var used = Set<Int>()
        var accepted: [(signature: Int, positions: [Int])] = []
        for (s, slots) in ranked where used.isDisjoint(with: slots) {
            used.formUnion(slots)
            accepted.append((s, slots))
        }
        return accepted.sorted { $0.positions.min()! < $1.positions.min()! }
    }

    // MARK: Near misses

    /// A heading that comes close to naming `part` without naming it: a misspelt word of one of
    /// the part's phrases, or a phrase with one meaning word left out.
    struct NearMiss: Sendable, Hashable {
        /// UTF-8 byte offsets in the heading of the text to replace.
        var range: Range<Int>
        /// The text that makes the heading name the part.
        var replacement: String
        /// The heading as it would read.
        var corrected: String
    }

    /// How `heading` comes close to naming `part`, if it does.
    func nearMiss(_ heading: String, to part: String) -> NearMiss? {
        let meaning = meaning(HeadingNormalizer.words(heading))
        let utf8 = Array(heading.utf8)
        func fix(_ range: Range<Int>, _ replacement: String) -> NearMiss {
            let corrected = String(decoding: utf8[..<range.lowerBound], as: UTF8.self) + replacement + String(decoding: utf8[range.upperBound...], as: UTF8.self)
            return NearMiss(range: range, replacement: replacement, corrected: corrected)
        }
        let mine = signatures.indices.filter { signatures[$0].part == part }
        for (position, w) in meaning.enumerated() where w.folded.unicodeScalars.count >= 5 && !known.contains(w.stem) && !isQualifier(w) {
            let scalars = Array(w.folded.unicodeScalars)
            for s in mine {
                for word in signatures[s].words {
                    let bound = word.folded.unicodeScalars.count >= 8 ? 2 : 1
                    guard EditDistance.between(scalars, Array(word.folded.unicodeScalars), limit: bound) <= bound else { continue }
                    var trial = meaning
                    trial[position].stem = HeadingNormalizer.stem(word.folded)
                    guard parts(trial).contains(part) else { continue }
                    let written = String(decoding: utf8[w.range], as: UTF8.self)
                    return fix(w.range, Self.matchingCase(word.written, like: written))
                }
            }
        }
        let meaningful = meaning.filter { !isQualifier($0) }
        guard meaningful.count >= 2, parts(meaning).isEmpty else { return nil }
        let stems = Set(meaningful.map(\.stem))
        for s in mine where !signatures[s].alone && signatures[s].stems.count == stems.count + 1 && stems.isSubset(of: signatures[s].stems) {
            return fix(meaningful.first!.range.lowerBound..<meaningful.last!.range.upperBound, signatures[s].phrase)
        }
        return nil
    }

    /// `word` with the capitalisation of `model`: all capitals, a capital first letter, or none.
    private static func matchingCase(_ word: String, like model: String) -> String {
        if model.count > 1, model == model.uppercased() { return word.uppercased() }
        guard let first = model.first, first.isUppercase else { return word.lowercased() }
        return word.prefix(1).uppercased() + word.dropFirst().lowercased()
    }

    // MARK: Parts described in text

    /// The parts of this kind that `text`, the text of a section naming `under`, describes.
    func partsDescribed(in text: String, under: String) -> Set<String> {
        let relevant = mentions.filter { $0.under == under }
        guard !relevant.isEmpty else { return [] }
        let stems = HeadingNormalizer.words(text).filter { !stopWords.contains($0.folded) }.map(\.stem)
        var out = Set<String>()
        for m in relevant where !m.stems.isEmpty && !out.contains(m.part) {
            var i = 0
            while i + m.stems.count <= stems.count {
                if stems[i] == m.stems[0], Array(stems[i..<(i + m.stems.count)]) == m.stems { out.insert(m.part); break }
                i += 1
            }
        }
        return out
    }

    // MARK: Annotation

    /// `narrative` with every section's `parts` set (the first section naming a part takes it;
    /// a later one naming only parts already taken keeps none).
    /// `known` holds headings already matched (``parts(forEvery:)``): the same headings recur
    /// in every chapter of a plan.
    func annotate(_ narrative: Narrative, known: [String: [String]] = [:]) -> Narrative {
        var seen = Set<String>()
        var copy = narrative
        copy.sections = annotate(narrative.sections, known: known, seen: &seen)
        return copy
    }

    /// For each matcher and its narratives, the parts of each distinct heading of the
    /// narratives, matched once each. The headings of every matcher are matched in one map on
    /// every core: a map per matcher inside a map over the matchers would match each matcher's
    /// headings on one core (libdispatch runs a nested `concurrentPerform` serially), and the
    /// sector chapters have far more headings than the country chapters.
    static func parts(forEvery jobs: [(matcher: SectionMatcher, narratives: [Narrative])]) -> [[String: [String]]] {
        let headings = jobs.map { distinctHeadings(of: $0.narratives) }
        let work = headings.indices.flatMap { job in headings[job].map { (job: job, heading: $0) } }
        let parts = ConcurrentMap.map(work) { jobs[$0.job].matcher.parts(for: $0.heading) }
        var start = 0
        return headings.map { list in
            defer { start += list.count }
            return Dictionary(uniqueKeysWithValues: zip(list, parts[start..<(start + list.count)]))
        }
    }

    /// The distinct headings of the sections of `narratives`, nested sections included, sorted.
    private static func distinctHeadings(of narratives: [Narrative]) -> [String] {
        var headings = Set<String>()
        func collect(_ sections: [NarrativeSection]) {
            for section in sections {
                headings.insert(section.heading)
                collect(section.children)
            }
        }
        for narrative in narratives { collect(narrative.sections) }
        return headings.sorted()
    }

    private func annotate(_ sections: [NarrativeSection], known: [String: [String]], seen: inout Set<String>) -> [NarrativeSection] {
        sections.map { section in
            var s = section
            s.parts = (known[section.heading] ?? parts(for: section.heading)).filter { seen.insert($0).inserted }
            s.children = annotate(section.children, known: known, seen: &seen)
            return s
        }
    }
}
