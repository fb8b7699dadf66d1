import PlanModel

/// Money: `USD 3,450,000`, `USD 45.2M`, `USD 49.25 million`, `USD 1.2 billion`.
///
/// The amount is kept exactly, with the precision it was written with. Any three-letter
/// currency code parses (the compiler reports codes other than USD). The canonical spelling
/// groups digits by three and keeps the written scale (`M` or `million`): the scale says how
/// precise the figure is, so the formatter never converts between forms.
enum MoneyLiteral {
    static let id = DSLRules.invalidMoney
    private static let scales: [(word: String, exponent: Int)] = [("thousand", 3), ("million", 6), ("billion", 9)]
    private static let letters: [UInt8: Int] = [UInt8(ascii: "K"): 3, UInt8(ascii: "M"): 6, UInt8(ascii: "B"): 9]

    static func parse(_ bytes: LiteralBytes) -> Parsed<Money> {
        let s = bytes.trimmed
        guard let first = s.first else { return .failure(LiteralFailure(id, s.startIndex, s.endIndex, "Expected an amount such as 'USD 3,450,000'")) }
        if first == UInt8(ascii: "$") {
            return .failure(LiteralFailure(id, s.startIndex, s.startIndex + 1, "Write the currency as a code: 'USD', not '$'",
                                           replace: .init(start: s.startIndex, end: s.startIndex + 1, text: "USD ")))
        }
        if DigitGroups.isDigit(first) {
            return .failure(LiteralFailure(id, s.startIndex, s.endIndex, "Write the currency before the amount, as in 'USD \(s.text.excerpt)'",
                                           replace: .init(start: s.startIndex, end: s.startIndex, text: "USD ")))
        }
        var i = s.startIndex
        while i < s.endIndex, isLetter(s[i]) { i += 1 }
        let code = s[s.startIndex..<i]
        guard code.count == 3 else {
            return .failure(LiteralFailure(id, s.startIndex, max(i, s.startIndex + 1), "Expected a three-letter currency code such as 'USD' before the amount"))
        }
        if code.contains(where: { $0 >= UInt8(ascii: "a") }) {
            return .failure(LiteralFailure(id, s.startIndex, i, "Write the currency code in capitals: '\(code.text.uppercased())'",
                                           replace: .init(start: s.startIndex, end: i, text: code.text.uppercased())))
        }
        guard i < s.endIndex, s[i] == 0x20 else {
            return .failure(LiteralFailure(id, i, min(i + 1, s.endIndex), "Put a space between the currency and the amount",
                                           replace: .init(start: i, end: i, text: " ")))
        }
        let space = i
        while i < s.endIndex, s[i] == 0x20 { i += 1 }
        return amount(s[i...], currency: code.text, spaced: s.count == bytes.count && i == space + 1)
    }

    /// `spaced`: the value has no surrounding spaces and one space after the currency code.
    private static func amount(_ s: LiteralBytes, currency: String, spaced: Bool) -> Parsed<Money> {
        guard let first = s.first, DigitGroups.isDigit(first) else {
            return .failure(LiteralFailure(id, s.startIndex, max(s.endIndex, s.startIndex), "Expected digits after the currency code, as in 'USD 3,450,000'"))
        }
        let groups: DigitGroups
        switch DigitGroups.read(s, id: id, example: "USD 3,450,000") {
        case .success(let g): groups = g
        case .failure(let f): return .failure(f)
        }
        let rest = s[groups.end...]
        guard let (exponent, suffix) = scale(rest) else {
            if let comma = rest.first, comma == UInt8(ascii: ",") {
                return .failure(LiteralFailure(id, rest.startIndex, rest.startIndex + 1, "Write decimals with a point, not a comma, as in 'USD 45.2M'"))
            }
            return .failure(LiteralFailure(id, rest.startIndex, s.endIndex, "Unexpected '\(rest.text.excerpt)' after the amount: write a scale as 'M', 'million' or 'billion'"))
        }
        let fraction = groups.fraction ?? []
        guard fraction.count <= exponent else {
            let fractionStart = groups.end - fraction.count
            let summary = exponent == 0
                ? "Amounts are in whole currency units: remove the decimals"
                : "Too many decimals for the scale: \(exponent == 3 ? "thousands" : exponent == 6 ? "millions" : "billions") allow at most \(exponent)"
            return .failure(LiteralFailure(id, fractionStart - 1, groups.end, summary))
        }
        let unit = pow10(exponent - fraction.count)
        var exact: Int64?
        if let whole = groups.integerValue, let frac = DigitGroups.value(fraction),
           case let (a, o1) = whole.multipliedReportingOverflow(by: pow10(exponent)), !o1,
           case let (b, o2) = frac.multipliedReportingOverflow(by: unit), !o2,
           case let (sum, o3) = a.addingReportingOverflow(b), !o3 {
            exact = sum
        }
        let total: Int64
        do { total = try FigureRange.amount(exact, at: s) } catch { return .failure(error) }
        let money = Money(currency: currency, amount: total, precision: exponent == 0 ? 1 : unit)
        if spaced, suffix.utf8.count == rest.count, groups.isWrittenCanonically(from: s.startIndex, grouped: true) {
            return .value(money, canonical: nil)
        }
        return .value(money, canonical: "\(currency) \(groups.canonical)\(suffix)")
    }

    /// The scale after the number: nothing, a letter (`M`) or a word (` million`), with its
    /// canonical spelling.
    private static func scale(_ rest: LiteralBytes) -> (Int, String)? {
        if rest.isEmpty { return (0, "") }
        if rest.count == 1, let e = letters[rest[rest.startIndex]] { return (e, rest.text) }
        let word = rest.trimmed.text
        guard rest.first == 0x20, let match = scales.first(where: { $0.word == word }) else { return nil }
        return (match.exponent, " " + match.word)
    }

    private static func isLetter(_ b: UInt8) -> Bool { (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) }

    static func pow10(_ n: Int) -> Int64 {
        var v: Int64 = 1
        for _ in 0..<max(n, 0) { v *= 10 }
        return v
    }
}
