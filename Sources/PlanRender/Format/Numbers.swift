import Foundation
import PlanModel

/// The one way numbers are written in a document: per the document's language, with the
/// locale data (CLDR) that Foundation carries, never with hand-written separators.
///
/// Tables: `USD 1,234,567` in English, `1 234 567 USD` in French (narrow no-break space),
/// `1.234.567 USD` in Spanish. Summaries: `USD 1.2 million`, `58,4 millions USD`, one decimal,
/// half up (rounded here, exactly, on integers; the locale only writes the digits), with the words
/// `million`/`billion` from the labels. Shares: `42%`, `42 %`.
public struct Numbers: Sendable {
    /// The locale of the document's language.
    public var locale: Locale { patterns.locale }
    private let labels: Labels
    private let patterns: LocalePatterns

    /// Numbers in `labels`' language.
    public init(labels: Labels) {
        self.labels = labels
        patterns = LocalePatterns.of(labels.language)
    }

    /// `1,234,567`; `1 234 567` in French.
    public func grouped(_ value: Int64) -> String { patterns.integer.format(value) }

    /// A count of people, grouped.
    public func people(_ value: Int) -> String { grouped(Int64(value)) }

    /// `USD 1,234,567`; `1 234 567 USD` in French.
    public func usd(_ value: Int64) -> String { money(grouped(value)) }

    /// `USD 1.2 million`, `58,4 millions USD`; below one million the full amount.
    public func usdSummary(_ value: Int64) -> String {
        let magnitude = value.magnitude
        guard magnitude >= 1_000_000 else { return usd(value) }
        let (unit, one, many): (UInt64, String, String) =
            magnitude >= 1_000_000_000 ? (1_000_000_000, "billion", "billions") : (1_000_000, "million", "millions")
        let count = (magnitude / unit) * 10 + ((magnitude % unit) * 10 + unit / 2) / unit
        let word = Self.isPlural(tenths: count, language: labels.language) ? labels[many] : labels[one]
        return money((value < 0 ? "-" : "") + decimal(tenths: count, dropZero: true) + " " + word)
    }

    /// `14.9` (USD million, one decimal, half up) for compact tables; `14,9` in French.
    public func millions(_ value: Int64) -> String {
        let count = value.magnitude / 100_000 + (value.magnitude % 100_000 + 50_000) / 100_000
        return (value < 0 ? "-" : "") + decimal(tenths: count, dropZero: false)
    }

    /// A share as a whole percent: `42%` (`42 %` in French); below 1% but above 0, `<1%`.
    public func percent(_ part: Int64, of whole: Int64) -> String {
        guard whole > 0 else { return percent(0) }
        let hundredths = Self.wholePercent(part, of: whole)
        if hundredths == 0, part > 0 { return "<" + percent(1) }
        return percent(hundredths)
    }

    /// `42%` for 42 (a whole percent).
    public func percent(_ whole: Int64) -> String { patterns.share.prefix + grouped(whole) + patterns.share.suffix }

    /// A share as a whole percent, half up, exact; a part too large to multiply by 100 (never a
    /// plan's) goes through a double.
    static func wholePercent(_ part: Int64, of whole: Int64) -> Int64 {
        let (scaled, overflow) = part.multipliedReportingOverflow(by: 100)
        return overflow
            ? Int64(roundingClamped: Double(part) * 100 / Double(whole))
            : scaled / whole + (scaled % whole >= whole - scaled % whole ? 1 : 0)
    }

    /// `12.5` from tenths; `12` when `dropZero` and the decimal is zero.
    private func decimal(tenths count: UInt64, dropZero: Bool) -> String {
        let clamped = Int64(clamping: count)
        if dropZero, clamped % 10 == 0 { return grouped(clamped / 10) }
        return grouped(clamped / 10) + patterns.decimalSeparator + patterns.integer.digits[Int(clamped % 10)]
    }

    /// An amount's text in the locale's currency pattern.
    private func money(_ amount: String) -> String { patterns.currency.prefix + amount + patterns.currency.suffix }

    /// Whether `million`/`billion` take their plural form for this many tenths: CLDR's cardinal
    /// rule "one" is `0 ≤ n < 2` in French (and Portuguese), `n = 1` exactly elsewhere.
    static func isPlural(tenths: UInt64, language: String) -> Bool {
        let base = language.split(separator: "-").first.map(String.init) ?? language
        return base == "fr" || base == "pt" ? tenths >= 20 : tenths != 10
    }
}
