import PlanModel

extension Plan {
    /// Whether any chapter is not cleared for publication, which makes every document a draft:
    /// ``Plan/chaptersNotCleared`` without sorting the names (asked twice per document).
    var hasChaptersNotCleared: Bool {
        clearance.values.contains { $0 != .cleared }
    }
}
