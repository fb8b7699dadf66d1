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

    init(_ candidates: [String]) {
        self.candidates = candidates
        scalars = candidates.map { Array($0.lowercased().unicodeScalars) }
        var index: [String: Int] = [:]
        for (i, candidate) in candidates.enumerated() where index[candidate.lowercased()] == nil { index[candidate.lowercased()] = i }
        self.index = index
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
        for (i, candidate) in scalars.enumerated() {
            if let seed, i == seed.index { continue }
            let limit = min(bound, (best?.distance ?? bound + 1) - 1)
            guard limit >= 0 else { break }
            let distance = EditDistance.between(target, candidate, limit: limit)
            if distance <= limit { best = (distance, i) }
        }
        return best.map { candidates[$0.index] }
    }

    /// `; did you mean 'x'?` or the empty string.
    func didYouMean(_ word: String) -> String {
        suggestion(for: word).map { "; did you mean '\($0)'?" } ?? ""
    }
}
