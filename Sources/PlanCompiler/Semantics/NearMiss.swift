import PlanModel

/// Near-miss suggestions for misspelt identifiers ("did you mean 'protection'?").
public enum NearMiss {
    /// The candidate closest to `word` (case-insensitive edit distance), if it is close enough:
    /// at most one edit for short words, a third of the length for longer ones. Ties go to the
    /// earlier candidate.
    public static func suggestion(for word: String, among candidates: [String]) -> String? {
        suggestion(for: word, among: EditDistance.Candidates(candidates))
    }

    /// The same among candidates prepared once (a caller asking about many words).
    public static func suggestion(for word: String, among candidates: EditDistance.Candidates) -> String? {
        EditDistance.nearest(to: word, in: candidates, bound: max(1, word.unicodeScalars.count / 3)).first
    }

    /// ` Did you mean 'x'?` or the empty string, to append to a summary's explanation.
    public static func didYouMean(_ word: String, among candidates: [String]) -> String {
        suggestion(for: word, among: candidates).map { "; did you mean '\($0)'?" } ?? ""
    }
}
