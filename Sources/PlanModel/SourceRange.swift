/// A half-open range of a source file: `start` is the first byte, `end` the byte after the last.
public struct SourceRange: Hashable, Codable, Sendable, CustomStringConvertible {
    public var start: SourceLocation
    public var end: SourceLocation

    public init(start: SourceLocation, end: SourceLocation) {
        self.start = start
        self.end = end
    }

    /// An empty range at `location` (an insertion point).
    public init(at location: SourceLocation) {
        self.init(start: location, end: location)
    }

    /// Whether the range covers no byte.
    public var isEmpty: Bool { start.offset == end.offset }

    /// The smallest range that covers both ranges.
    public func union(_ other: SourceRange) -> SourceRange {
        SourceRange(start: min(start, other.start), end: max(end, other.end))
    }

    public var description: String { "\(start)-\(end)" }
}
