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
    public let locale: Locale
    private let labels: Labels
    private let integer: DigitPattern
    /// The decimal separator (`.`, `,`).
    private let decimalSeparator: String
    /// The text before and after a whole percent's digits (``, `%`; ``, ` %`).
    private let share: (prefix: String, suffix: String)
    /// The text before and after the amount in the locale's currency pattern with the ISO code
    /// (`USD ` and ``; `` and ` USD`).
    private let currency: (prefix: String, suffix: String)

    /// Numbers in `labels`' language.
    public init(labels: Labels) {
        self.labels = labels
        let locale = Locale(identifier: labels.language)
        self.locale = locale
        let integer = DigitPattern(locale: locale)
        self.integer = integer
        // The separator between `1` and `5` in 1.5, and the text around `78` in 78%, from CLDR.
        let oneAndHalf = Decimal.FormatStyle(locale: locale).precision(.fractionLength(1)).format(Decimal(15) / 10)
        decimalSeparator = String(oneAndHalf.dropFirst(integer.digits[1].count).dropLast(integer.digits[5].count))
        let percent = Decimal.FormatStyle.Percent(locale: locale).precision(.fractionLength(0)).format(Decimal(78) / 100)
        let digits78 = integer.digits[7] + integer.digits[8]
        if let range = percent.range(of: digits78) {
            share = (String(percent[..<range.lowerBound]), String(percent[range.upperBound...]))
        } else {
            share = ("", "%")
        }
        // The pattern of one unit with its ISO code, split around the digit: where the code goes
        // and with which space, from CLDR.
        let one = IntegerFormatStyle<Int64>.Currency(code: "USD", locale: locale).presentation(.isoCode).precision(.fractionLength(0)).format(7)
        if let digit = one.firstIndex(of: "7") {
            currency = (String(one[..<digit]), String(one[one.index(after: digit)...]))
        } else {
            currency = ("USD ", "")
        }
    }

    /// `1,234,567`; `1 234 567` in French.
    public func grouped(_ value: Int64) -> String { integer.format(value) }

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
    public func percent(_ whole: Int64) -> String { share.prefix + grouped(whole) + share.suffix }

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
        return grouped(clamped / 10) + decimalSeparator + integer.digits[Int(clamped % 10)]
    }

    /// An amount's text in the locale's currency pattern.
    private func money(_ amount: String) -> String { currency.prefix + amount + currency.suffix }

    /// Whether `million`/`billion` take their plural form for this many tenths: CLDR's cardinal
    /// rule "one" is `0 ≤ n < 2` in French (and Portuguese), `n = 1` exactly elsewhere.
    static func isPlural(tenths: UInt64, language: String) -> Bool {
        let base = language.split(separator: "-").first.map(String.init) ?? language
        return base == "fr" || base == "pt" ? tenths >= 20 : tenths != 10
    }
}
