import PlanModel

/// ``NearMiss`` over a fixed list of candidates asked many times (thousands of result rows
/// against thousands of indicator IDs): each candidate is lower-cased and split into scalars
/// once, not once per question. Same answers as ``NearMiss/suggestion(for:among:)``.
struct NearMissCandidates {
    private let candidates: [String]
    private let scalars: [[Unicode.Scalar]]

    init(_ candidates: [String]) {
        self.candidates = candidates
        scalars = candidates.map { Array($0.lowercased().unicodeScalars) }
    }

    /// The candidate closest to `word` within NearMiss's bound (ties to the earlier one).
    func suggestion(for word: String) -> String? {
        let target = Array(word.lowercased().unicodeScalars)
        let bound = max(1, word.unicodeScalars.count / 3)
        var best: (distance: Int, index: Int)?
        for (index, candidate) in scalars.enumerated() {
            let limit = min(bound, (best?.distance ?? bound + 1) - 1)
            guard limit >= 0 else { break }
            let distance = EditDistance.between(target, candidate, limit: limit)
            if distance <= limit { best = (distance, index) }
        }
        return best.map { candidates[$0.index] }
    }

    /// `; did you mean 'x'?` or the empty string.
    func didYouMean(_ word: String) -> String {
        suggestion(for: word).map { "; did you mean '\($0)'?" } ?? ""
    }
}
