import PlanModel

/// The one way numbers are written in every output.
///
/// Tables: `USD 1,234,567` (comma thousands, no decimals). Summaries: `USD 1.2 million` /
/// `USD 3.4 billion`, one decimal, half up. The digits are the same in every language (so a
/// table can be compared across language versions); only the words `million`/`billion` follow
/// the labels (`millions`, `millones`, `milliards`).
public enum Numbers {
    /// `1,234,567`.
    public static func grouped(_ value: Int64) -> String { Money.grouped(value) }

    /// `1,234,567` for a count of people.
    public static func people(_ value: Int) -> String { Money.grouped(Int64(value)) }

    /// `USD 1,234,567`.
    public static func usd(_ value: Int64) -> String { "USD " + Money.grouped(value) }

    /// `USD 1.2 million`, `USD 950,000` below one million.
    public static func usdSummary(_ value: Int64, labels: Labels) -> String {
        let magnitude = value.magnitude
        let (unit, one, many): (UInt64, String, String) =
            magnitude >= 1_000_000_000 ? (1_000_000_000, "billion", "billions") : (1_000_000, "million", "millions")
        guard magnitude >= 1_000_000 else { return usd(value) }
        let tenths = (magnitude / unit) * 10 + ((magnitude % unit) * 10 + unit / 2) / unit
        let text = oneDecimal(tenths)
        let word = tenths >= 20 ? labels[many] : labels[one]
        return "USD \(value < 0 ? "-" : "")\(text) \(word)"
    }

    /// `14.9` (USD million, one decimal, half up) for compact tables.
    public static func millions(_ value: Int64) -> String {
        let tenths = value.magnitude / 100_000 + (value.magnitude % 100_000 + 50_000) / 100_000
        return (value < 0 ? "-" : "") + (tenths % 10 == 0 ? oneDecimal(tenths) + ".0" : oneDecimal(tenths))
    }

    /// A share as a whole percent: `42%`; below 1% but above 0, `<1%`.
    public static func percent(_ part: Int64, of whole: Int64) -> String {
        guard whole > 0 else { return "0%" }
        // Half up, exact; a part too large to multiply by 100 (never a plan's) goes through a double.
        let (scaled, overflow) = part.multipliedReportingOverflow(by: 100)
        let hundredths = overflow
            ? Int64(roundingClamped: Double(part) * 100 / Double(whole))
            : scaled / whole + (scaled % whole >= whole - scaled % whole ? 1 : 0)
        if hundredths == 0, part > 0 { return "<1%" }
        return "\(hundredths)%"
    }

    /// `12.5` from tenths, `12` when the decimal is zero.
    static func oneDecimal(_ tenths: UInt64) -> String {
        tenths % 10 == 0 ? "\(Money.grouped(Int64(tenths / 10)))" : "\(Money.grouped(Int64(tenths / 10))).\(tenths % 10)"
    }
}
