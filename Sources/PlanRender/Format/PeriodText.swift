import PlanModel

/// A plan period as a reader says it: `January – December 2026`, `July 2025 – June 2026`, with
/// month names from the labels (`month.1`...`month.12`).
public enum PeriodText {
    /// The period in words, with the labels' month names.
    public static func text(_ period: Period, labels: Labels) -> String {
        func month(_ d: PlanDate) -> String {
            let key = "month.\(d.month)"
            let name = labels[key]
            return name == key ? String(d.month) : name
        }
        let start = period.start, end = period.end
        if start.year == end.year {
            if start.month == end.month { return "\(month(start)) \(start.year)" }
            return "\(month(start)) – \(month(end)) \(end.year)"
        }
        return "\(month(start)) \(start.year) – \(month(end)) \(end.year)"
    }
}
