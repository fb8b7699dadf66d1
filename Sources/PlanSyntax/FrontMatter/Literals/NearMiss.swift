import PlanModel

/// "Did you mean" suggestions for the front matter: the closest candidate by edit distance
/// (``EditDistance``), if it is close enough to be a slip.
enum NearMiss {
    /// The best candidate for `word`, or `nil` when none is within a third of its length.
    /// Ties go to the candidate that comes first in `candidates`; a different case alone is the
    /// best match. Words over 64 bytes get no suggestion (they are not slips of a key).
    static func suggestion(for word: String, in candidates: [String]) -> String? {
        let lowered = word.lowercased()
        if let exact = candidates.first(where: { $0.lowercased() == lowered }) { return exact }
        guard word.utf8.count <= 64 else { return nil }
        return EditDistance.nearest(to: word, in: candidates, bound: max(1, word.utf8.count / 3)).first
    }
}
