import PlanModel

/// The values of indicator results: numbers and percentages read strictly (a value that cannot
/// be read is reported, never guessed), and what kind of value an indicator takes.
enum ProgressValues {
    /// A result's value: the number, and whether it was written with `%`.
    struct Value: Sendable, Equatable {
        var number: Double
        var percent: Bool
    }

    /// The largest value read: beyond it no indicator of a refugee plan has a meaning, and every
    /// output writes it in plain digits.
    static let maximum = 1e15

    /// `1500`, `1,500`, `12.5`, `52%`, `52 %`; the reason when it is not a number.
    static func value(_ text: String) -> Result<Value, FundingValueError> {
        var t = Substring(text.trimmingSpaces)
        var percent = false
        if t.hasSuffix("%") {
            percent = true
            t = Substring(String(t.dropLast()).trimmingSpaces)
        }
        let written = String(t)
        func fail() -> Result<Value, FundingValueError> {
            .failure(FundingValueError("value '\(text.trimmingSpaces)' is not a number: write digits, such as 1500, 12.5 or 52%"))
        }
        if written.hasPrefix("-") { return .failure(FundingValueError("value '\(text.trimmingSpaces)' is negative: an indicator's result is 0 or more")) }
        // Digits, `,` between groups of three in the whole part, one `.` before the decimals.
        let parts = written.split(separator: ".", omittingEmptySubsequences: false)
        guard !written.isEmpty, parts.count <= 2, let whole = parts.first, !whole.isEmpty else { return fail() }
        let groups = whole.split(separator: ",", omittingEmptySubsequences: false)
        guard groups.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }) else { return fail() }
        if groups.count > 1, groups.first!.count > 3 || groups.dropFirst().contains(where: { $0.count != 3 }) { return fail() }
        if parts.count == 2, parts[1].isEmpty || !parts[1].allSatisfy(\.isASCIIDigit) { return fail() }
        guard let number = Double(groups.joined() + (parts.count == 2 ? "." + parts[1] : "")), number.isFinite else { return fail() }
        guard number <= maximum else { return .failure(FundingValueError("value '\(text.trimmingSpaces)' is larger than 10^15")) }
        return .success(Value(number: number, percent: percent))
    }

    /// What an indicator's values are.
    enum Kind: Sendable { case percent, count, other }

    /// Units that name a percentage, and units that name a number of people or things.
    static let percentUnits: Set<String> = ["percent", "percentage", "%", "pct", "rate", "ratio", "proportion"]
    static let countUnits: Set<String> = ["people", "persons", "individuals", "number", "count", "households", "children", "refugees",
                                          "women", "men", "girls", "boys", "beneficiaries"]

    /// A percentage indicator (unit `percent`, or a target or baseline written with `%`), a
    /// number (unit `people`, `number`..., or a target written as a number), or other.
    static func kind(_ indicator: Indicator) -> Kind {
        if let unit = indicator.unit?.trimmingSpaces.lowercased() {
            if percentUnits.contains(unit) { return .percent }
            if countUnits.contains(unit) { return .count }
        }
        switch indicator.target ?? indicator.baseline {
        case .percent?: return .percent
        case .number?: return .count
        case nil: return .other
        }
    }

    /// A baseline or target as a plain number (`46` for 46%).
    static func number(_ value: IndicatorValue?) -> Double? {
        switch value {
        case .percent(let p)?: p.value
        case .number(let n)?: n
        case nil: nil
        }
    }
}

private extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
