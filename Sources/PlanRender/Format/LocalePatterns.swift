import Foundation
import PlanModel

/// What a document needs from its language's locale data (CLDR, through Foundation), read once
/// per language per process: the way numbers, shares and amounts are written, month names, and
/// country names. A compile renders dozens of documents in a few languages; asking Foundation
/// again for each document (or each number) costs more than rendering them.
struct LocalePatterns: Sendable {
    let locale: Locale
    let integer: DigitPattern
    /// The decimal separator (`.`, `,`).
    let decimalSeparator: String
    /// The text before and after a whole percent's digits (``, `%`; ``, ` %`).
    let share: (prefix: String, suffix: String)
    /// The text before and after the amount in the locale's currency pattern with the ISO code
    /// (`USD ` and ``; `` and ` USD`).
    let currency: (prefix: String, suffix: String)
    /// Stand-alone month names, January first (`janvier` in French).
    let months: [String]

    private init(language: String) {
        let locale = Locale(identifier: language)
        self.locale = locale
        let integer = DigitPattern(locale: locale)
        self.integer = integer
        // The separator between `1` and `5` in 1.5, and the text around `78` in 78%.
        let oneAndHalf = Decimal.FormatStyle(locale: locale).precision(.fractionLength(1)).format(Decimal(15) / 10)
        decimalSeparator = String(oneAndHalf.dropFirst(integer.digits[1].count).dropLast(integer.digits[5].count))
        let percent = Decimal.FormatStyle.Percent(locale: locale).precision(.fractionLength(0)).format(Decimal(78) / 100)
        if let range = percent.range(of: integer.digits[7] + integer.digits[8]) {
            share = (String(percent[..<range.lowerBound]), String(percent[range.upperBound...]))
        } else {
            share = ("", "%")
        }
        // One unit with its ISO code, split around the digit: where the code goes, with which space.
        let seven = IntegerFormatStyle<Int64>.Currency(code: "USD", locale: locale).presentation(.isoCode).precision(.fractionLength(0)).format(7)
        if let range = seven.range(of: integer.digits[7]) {
            currency = (String(seven[..<range.lowerBound]), String(seven[range.upperBound...]))
        } else {
            currency = ("USD ", "")
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.locale = locale
        months = calendar.standaloneMonthSymbols
    }

    /// The patterns of `language`, read on first use.
    static func of(_ language: String) -> LocalePatterns {
        patterns.value(for: language) { LocalePatterns(language: language) }
    }

    /// A country's name in `language` (`Tchad` for `TCD` in French), `nil` when the locale data
    /// has none; read on first use.
    static func countryName(_ code: String, language: String) -> String? {
        countries.value(for: language + "|" + code) {
            let name = Locale(identifier: language).localizedString(forRegionCode: code)
            return name.flatMap { $0.isEmpty || $0 == code ? nil : $0 }
        }
    }

    private static let patterns = OnceCache<String, LocalePatterns>()
    private static let countries = OnceCache<String, String?>()
}
