/// The stable identity of a rule: `family.name` (`budget.headline-mismatch`, `io.unreadable`).
///
/// It is what severity overrides, suppression comments and baselines name, and what every
/// output format prints. A diagnostic gets its ID only from the ``Rule`` that reports it, so an
/// ID that no rule documents cannot be emitted. A literal (`"io.unreadable"`) names a rule when
/// a user or a test refers to one.
public struct RuleID: Hashable, Comparable, Sendable, Codable, CustomStringConvertible, ExpressibleByStringLiteral {
    public let rawValue: String

    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// The part before the first dot: `budget` for `budget.headline-mismatch`.
    public var family: Substring { rawValue.prefix { $0 != "." } }

    /// Whether this ID is well formed: a lowercase family, a dot, a lowercase name of letters,
    /// digits and `-`.
    public var isWellFormed: Bool {
        let parts = rawValue.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return false }
        return parts.allSatisfy { part in
            !part.isEmpty && part.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2D }
        }
    }

    /// Whether the ID starts with `prefix` (`id.hasPrefix("language.")`).
    public func hasPrefix(_ prefix: String) -> Bool { rawValue.hasPrefix(prefix) }

    public var description: String { rawValue }

    /// Whether the ID is spelled `text` (an ID read from a command line, a comment or a file).
    public static func == (lhs: RuleID, rhs: String) -> Bool { lhs.rawValue == rhs }
    public static func == (lhs: String, rhs: RuleID) -> Bool { lhs == rhs.rawValue }

    public static func < (lhs: RuleID, rhs: RuleID) -> Bool { lhs.rawValue < rhs.rawValue }
}
