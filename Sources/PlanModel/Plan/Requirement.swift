/// One partner's financial requirement in one sector chapter, in whole USD.
public struct Requirement: Sendable, Hashable, Codable {
    /// The partner ID as written.
    public var partner: String
    /// Amounts by year, in the order written. `year` is `nil` for an amount written for the whole
    /// period; in a single-year plan such an amount is attributed to that year.
    public var amounts: [AnnualAmount]

    public init(partner: String, amounts: [AnnualAmount]) {
        self.partner = partner
        self.amounts = amounts
    }

    /// The sum over all years (clamped, never trapping).
    public var total: Int64 { amounts.clampedSum(\.amount) }
}

/// An amount for one calendar year, or for the whole period when `year` is `nil`.
public struct AnnualAmount: Sendable, Hashable, Codable, Comparable {
    /// The calendar year, or `nil` for the whole period.
    public var year: Int?
    /// Whole USD.
    public var amount: Int64

    public init(year: Int?, amount: Int64) {
        self.year = year
        self.amount = amount
    }

    /// Orders by year, undated amounts first.
    public static func < (lhs: AnnualAmount, rhs: AnnualAmount) -> Bool {
        (lhs.year ?? Int.min, lhs.amount) < (rhs.year ?? Int.min, rhs.amount)
    }
}
