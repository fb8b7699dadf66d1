import Foundation
import PlanModel

/// A plan period as a reader says it: `January – December 2026`, `juillet 2025 – juin 2026`, with
/// the stand-alone month names of the document's locale (CLDR, through Foundation).
public enum PeriodText {
    /// The period in words, in `language`.
    public static func text(_ period: Period, language: String) -> String {
        let names = LocalePatterns.of(language).months
        func month(_ d: PlanDate) -> String { names.indices.contains(d.month - 1) ? names[d.month - 1] : String(d.month) }
        let start = period.start, end = period.end
        if start.year == end.year {
            if start.month == end.month { return "\(month(start)) \(start.year)" }
            return "\(month(start)) – \(month(end)) \(end.year)"
        }
        return "\(month(start)) \(start.year) – \(month(end)) \(end.year)"
    }
}
