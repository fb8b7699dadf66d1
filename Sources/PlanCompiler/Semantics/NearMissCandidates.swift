import PlanModel

/// ``NearMiss`` over a fixed list of candidates asked many times (thousands of result rows
/// against thousands of indicator IDs): each candidate is lower-cased and split into scalars
/// once, not once per question. The same answers as ``NearMiss/suggestion(for:among:)``, except
/// that a candidate the word extends by a few characters (`TCD-EDU-01` for `TCD-EDU-01-X`) is
/// preferred to another candidate as close: it bounds the search at once.
struct NearMissCandidates {
    private let candidates: [String]
    private let scalars: [[Unicode.Scalar]]
    /// The first index of each lower-cased candidate, to seed the search with a close one.
    private let index: [String: Int]
    /// The candidates of each length in scalars (their indices, in order): a candidate whose
    /// length differs by more than the bound cannot be within it.
    private let byLength: [Int: [Int]]

    init(_ candidates: [String]) {
        self.candidates = candidates
        let scalars = candidates.map { Array($0.lowercased().unicodeScalars) }
        self.scalars = scalars
        var index: [String: Int] = [:]
        for (i, candidate) in candidates.enumerated() where index[candidate.lowercased()] == nil { index[candidate.lowercased()] = i }
        self.index = index
        byLength = Dictionary(grouping: scalars.indices, by: { scalars[$0].count })
    }

    /// The candidate closest to `word` within NearMiss's bound (ties to the earlier one).
    func suggestion(for word: String) -> String? {
        let target = Array(word.lowercased().unicodeScalars)
        let bound = max(1, word.unicodeScalars.count / 3)
        // A candidate that `word` extends by a few characters bounds the search at once: every
        // other candidate then needs fewer edits.
        var seed: (distance: Int, index: Int)?
        for cut in 0...min(bound, target.count) {
            let prefix = String(String.UnicodeScalarView(target.dropLast(cut)))
            if let i = index[prefix] { seed = (cut, i); break }
        }
        var best = seed
        // Only the candidates whose length is within the bound, in their order (ties to the earlier).
        let reach = min(bound, (seed?.distance ?? bound + 1) - 1)
        let near = reach < 0 ? [] : (target.count - reach...target.count + reach).flatMap { byLength[$0] ?? [] }.sorted()
        for i in near {
            if let seed, i == seed.index { continue }
            let limit = min(bound, (best?.distance ?? bound + 1) - 1)
            guard limit >= 0 else { break }
            let distance = EditDistance.between(target, scalars[i], limit: limit)
            if distance <= limit { best = (distance, i) }
        }
        return best.map { candidates[$0.index] }
    }

    /// `; did you mean 'x'?` or the empty string.
    func didYouMean(_ word: String) -> String {
        suggestion(for: word).map { "; did you mean '\($0)'?" } ?? ""
    }
}
