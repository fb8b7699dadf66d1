import PlanModel

/// Near-miss suggestions for misspelled rule IDs.
enum RuleNames {
    /// The known ID closest to `name` by edit distance, if it is close enough to be a typo.
    static func nearest(_ name: String, in known: Set<String>) -> String? {
        EditDistance.nearest(to: name, in: known.sorted(), bound: max(3, name.count / 3)).first
    }
}
