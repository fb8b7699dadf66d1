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

    /// `1500`, `1,500`, `12.5`, `52%`, `52 %`; the reason when it is not a number. Read byte by
    /// byte (a results file has tens of thousands of values): digits, `,` between groups of
    /// three in the whole part, one `.` before the decimals, an optional `%` at the end.
    static func value(_ text: String) -> Result<Value, FundingValueError> {
        var bytes = Array(text.utf8)[...]
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0xA0 || b == 0xC2 }
        while let b = bytes.first, isSpace(b) { bytes = bytes.dropFirst() }
        while let b = bytes.last, isSpace(b) { bytes = bytes.dropLast() }
        var percent = false
        if bytes.last == UInt8(ascii: "%") {
            percent = true
            bytes = bytes.dropLast()
            while let b = bytes.last, isSpace(b) { bytes = bytes.dropLast() }
        }
        let shown = text.trimmingSpaces
        func fail() -> Result<Value, FundingValueError> {
            .failure(FundingValueError("value '\(shown)' is not a number: write digits, such as 1500, 12.5 or 52%"))
        }
        if bytes.first == UInt8(ascii: "-") { return .failure(FundingValueError("value '\(shown)' is negative: an indicator's result is 0 or more")) }
        var digits: [UInt8] = []
        digits.reserveCapacity(bytes.count)
        var group = 0 // digits since the last `,` (or since the start)
        var grouped = false
        var decimals = -1 // digits after `.`; -1 before it
        for b in bytes {
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                digits.append(b)
                if decimals >= 0 { decimals += 1 } else { group += 1 }
            case UInt8(ascii: ","):
                guard decimals < 0, group > 0, !grouped || group == 3, grouped || group <= 3 else { return fail() }
                grouped = true
                group = 0
            case UInt8(ascii: "."):
                guard decimals < 0, group > 0, !grouped || group == 3 else { return fail() }
                digits.append(b)
                decimals = 0
            default:
                return fail()
            }
        }
        guard !digits.isEmpty, decimals != 0, decimals > 0 || group > 0, decimals > 0 || !grouped || group == 3 else { return fail() }
        guard let number = Double(String(decoding: digits, as: UTF8.self)), number.isFinite else { return fail() }
        guard number <= maximum else { return .failure(FundingValueError("value '\(shown)' is larger than 10^15")) }
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
