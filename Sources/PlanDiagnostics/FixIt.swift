import PlanModel

/// A mechanical repair: replace the bytes of `range` with `replacement`.
///
/// An empty range inserts; an empty replacement deletes. `message` says what the fix does,
/// as a verb phrase ("Replace with 'RRP partners will'").
public struct FixIt: Hashable, Codable, Sendable {
    public var message: String
    public var range: SourceRange
    public var replacement: String

    public init(_ message: String, range: SourceRange, replacement: String) {
        self.message = message
        self.range = range
        self.replacement = replacement
    }
}
