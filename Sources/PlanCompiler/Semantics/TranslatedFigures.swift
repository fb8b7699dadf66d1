/// Compares the figures a translation states with its original's (``ProseFigures``): the same
/// figures, in any order and however each language writes them, draw nothing.
///
/// What a translator may do: write a figure the way the language writes it (`58,4 millions` for
/// `58.4 million`, `1.350 millones` for `1.35 billion`, `80 %` or `80 por ciento` for
/// `80 per cent`), spell it out or not (`almost four million`, `casi 4 millones`), order the
/// sentences differently, and spell out or not small numbers and ordinals (`seven years`,
/// `7 ans`). What is reported: a figure of another value, including one rounded differently
/// (`58 millions` for `58.4 million`) or of another scale (`58,4 milliers`); a figure the
/// original does not state (a date the original gives as "today"); a figure of the original the
/// translation leaves out.
enum TranslatedFigures {
    /// One difference between the two texts' figures.
    enum Mismatch: Equatable {
        /// The translation states `stated` where the original states `expected` (the same kind
        /// of figure, the n-th unmatched of each text).
        case differs(stated: ProseFigures.Figure, expected: ProseFigures.Figure)
        /// The translation states a figure the original does not.
        case extra(ProseFigures.Figure)
        /// The translation leaves out a figure of the original.
        case missing(ProseFigures.Figure)
    }

    /// The differences between `translation` (in `language`) and `original` (in `originalLanguage`).
    static func compare(translation: String, language: String, original: String, originalLanguage: String) -> [Mismatch] {
        compare(ProseFigures.scan(translation, language: language), with: ProseFigures.scan(original, language: originalLanguage))
    }

    /// The differences between a translation's figures and its original's, in the
    /// translation's order, then the original's figures left out.
    static func compare(_ stated: [ProseFigures.Figure], with expected: [ProseFigures.Figure]) -> [Mismatch] {
        var statedLeft = Array(repeating: true, count: stated.count)
        var expectedLeft = Array(repeating: true, count: expected.count)
        /// Pairs figures of the same key: `from` figures (those `must` allows) with `to` figures
        /// (those `can` allows), each used once.
        func match(_ from: [ProseFigures.Figure], _ fromLeft: inout [Bool], must: (ProseFigures.Figure) -> Bool,
                   _ to: [ProseFigures.Figure], _ toLeft: inout [Bool], can: (ProseFigures.Figure) -> Bool) {
            var open: [String: [Int]] = [:]
            for (j, f) in to.enumerated() where toLeft[j] && can(f) { open[f.key, default: []].append(j) }
            for (i, f) in from.enumerated() where fromLeft[i] && must(f) {
                guard var candidates = open[f.key], !candidates.isEmpty else { continue }
                toLeft[candidates.removeFirst()] = false
                open[f.key] = candidates
                fromLeft[i] = false
            }
        }
        let hard: (ProseFigures.Figure) -> Bool = { !$0.soft }
        let soft: (ProseFigures.Figure) -> Bool = { $0.soft }
        // Stated figures against the original's, then against its soft ones, then the
        // original's figures against the translation's soft ones.
        match(stated, &statedLeft, must: hard, expected, &expectedLeft, can: hard)
        match(stated, &statedLeft, must: hard, expected, &expectedLeft, can: soft)
        match(expected, &expectedLeft, must: hard, stated, &statedLeft, can: soft)
        let extra = stated.indices.filter { statedLeft[$0] && !stated[$0].soft }
        var missing = expected.indices.filter { expectedLeft[$0] && !expected[$0].soft }
        var mismatches: [Mismatch] = []
        for i in extra {
            if let k = missing.firstIndex(where: { expected[$0].isPercent == stated[i].isPercent }) {
                mismatches.append(.differs(stated: stated[i], expected: expected[missing.remove(at: k)]))
            } else {
                mismatches.append(.extra(stated[i]))
            }
        }
        mismatches += missing.map { .missing(expected[$0]) }
        return mismatches
    }
}
