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

    /// A date in words in `language`, in the locale's long style (CLDR): `January 20, 2026`,
    /// `20 janvier 2026`, `20 de enero de 2026`; a month without a day as the period's months are
    /// (`January 2026`).
    public static func date(_ date: PlanDate, language: String) -> String {
        let names = LocalePatterns.of(language).months
        guard let dayOfMonth = date.day else {
            return names.indices.contains(date.month - 1) ? "\(names[date.month - 1]) \(date.year)" : date.description
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        guard let day = calendar.date(from: DateComponents(year: date.year, month: date.month, day: dayOfMonth)) else { return date.description }
        var style = Date.FormatStyle(date: .long, time: .omitted, locale: LocalePatterns.of(language).locale, calendar: calendar)
        style.timeZone = calendar.timeZone
        return day.formatted(style)
    }
}
