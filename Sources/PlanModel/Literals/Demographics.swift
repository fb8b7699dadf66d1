/// An age bracket: `0-4`, `18-59`, `60+`.
public struct AgeBracket: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public var lower: Int
    /// `nil` for an open bracket (`60+`).
    public var upper: Int?

    public init(lower: Int, upper: Int?) {
        self.lower = lower
        self.upper = upper
    }

    /// The standard brackets of the field: 0-4, 5-11, 12-17, 18-59, 60+.
    public static let standard: [AgeBracket] = [
        AgeBracket(lower: 0, upper: 4), AgeBracket(lower: 5, upper: 11), AgeBracket(lower: 12, upper: 17),
        AgeBracket(lower: 18, upper: 59), AgeBracket(lower: 60, upper: nil),
    ]

    public static func < (lhs: AgeBracket, rhs: AgeBracket) -> Bool { lhs.lower < rhs.lower }

    public var description: String { upper.map { "\(lower)-\($0)" } ?? "\(lower)+" }

    /// HXL attribute: `+age0_4`, `+age60plus`.
    public var hxlAttribute: String { upper.map { "+age\(lower)_\($0)" } ?? "+age\(lower)plus" }
}

/// One share of an age breakdown: `0-4 18%`.
public struct AgeShare: Sendable, Hashable, Codable {
    public var bracket: AgeBracket
    public var share: Percent

    public init(bracket: AgeBracket, share: Percent) {
        self.bracket = bracket
        self.share = share
    }
}

/// A sex split: `female 56%, male 44%`.
public struct SexSplit: Sendable, Hashable, Codable {
    public var female: Percent
    public var male: Percent

    public init(female: Percent, male: Percent) {
        self.female = female
        self.male = male
    }
}
