/// A calendar date or month as written: `2026-01-01` or `2026-01`.
public struct PlanDate: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    /// `nil` when only a month was written.
    public var day: Int?

    public init(year: Int, month: Int, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// The first day this date covers.
    public var firstDay: (year: Int, month: Int, day: Int) { (year, month, day ?? 1) }

    /// The last day this date covers (the month's last day when only a month was written).
    public var lastDay: (year: Int, month: Int, day: Int) { (year, month, day ?? PlanDate.daysIn(month: month, year: year)) }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    public static func < (lhs: PlanDate, rhs: PlanDate) -> Bool {
        (lhs.year, lhs.month, lhs.day ?? 0) < (rhs.year, rhs.month, rhs.day ?? 0)
    }

    public var description: String {
        let m = month < 10 ? "0\(month)" : "\(month)"
        guard let day else { return "\(year)-\(m)" }
        return "\(year)-\(m)-\(day < 10 ? "0\(day)" : "\(day)")"
    }
}

/// A period `A to B`, both ends included.
public struct Period: Sendable, Hashable, Codable, CustomStringConvertible {
    public var start: PlanDate
    public var end: PlanDate

    public init(start: PlanDate, end: PlanDate) {
        self.start = start
        self.end = end
    }

    /// Calendar years the period touches, in order.
    public var years: [Int] { Array(start.year...max(start.year, end.year)) }

    /// Length in whole months, counting partial months as whole (Jan-Jun is 6).
    public var months: Int { (end.year - start.year) * 12 + end.month - start.month + 1 }

    public var description: String { "\(start) to \(end)" }

    /// Whether `other` starts no earlier and ends no later than this period.
    public func contains(_ other: Period) -> Bool {
        start.firstDay <= other.start.firstDay && other.end.lastDay <= end.lastDay
    }
}
