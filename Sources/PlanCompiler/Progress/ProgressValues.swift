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
        var text = text
        let read: Result<Value, ValueProblem> = text.withUTF8 { all in
            func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0xA0 || b == 0xC2 }
            var lower = 0, upper = all.count
            while lower < upper, isSpace(all[lower]) { lower += 1 }
            while upper > lower, isSpace(all[upper - 1]) { upper -= 1 }
            var percent = false
            if upper > lower, all[upper - 1] == UInt8(ascii: "%") {
                percent = true
                upper -= 1
                while upper > lower, isSpace(all[upper - 1]) { upper -= 1 }
            }
            let bytes = UnsafeBufferPointer(rebasing: all[lower..<upper])
            if bytes.first == UInt8(ascii: "-") { return .failure(.negative) }
            var whole = 0 // the whole part while it has at most 15 digits, which a Double holds exactly
            var count = 0
            var group = 0 // digits since the last `,` (or since the start)
            var grouped = false
            var decimals = -1 // digits after `.`; -1 before it
            for b in bytes {
                switch b {
                case UInt8(ascii: "0")...UInt8(ascii: "9"):
                    count += 1
                    if decimals >= 0 { decimals += 1 } else {
                        group += 1
                        if count <= 15 { whole = whole * 10 + Int(b - UInt8(ascii: "0")) }
                    }
                case UInt8(ascii: ","):
                    guard decimals < 0, group > 0, !grouped || group == 3, grouped || group <= 3 else { return .failure(.notANumber) }
                    grouped = true
                    group = 0
                case UInt8(ascii: "."):
                    guard decimals < 0, group > 0, !grouped || group == 3 else { return .failure(.notANumber) }
                    decimals = 0
                default:
                    return .failure(.notANumber)
                }
            }
            guard count > 0, decimals != 0, decimals > 0 || group > 0, decimals > 0 || !grouped || group == 3 else { return .failure(.notANumber) }
            let number: Double
            if decimals < 0, count <= 15 {
                number = Double(whole)
            } else {
                // Decimals, or a long number: the standard conversion, from the digits and the point.
                var digits: [UInt8] = []
                digits.reserveCapacity(bytes.count)
                for b in bytes where b != UInt8(ascii: ",") { digits.append(b) }
                guard let n = Double(String(decoding: digits, as: UTF8.self)), n.isFinite else { return .failure(.notANumber) }
                number = n
            }
            guard number <= maximum else { return .failure(.tooLarge) }
            return .success(Value(number: number, percent: percent))
        }
        switch read {
        case .success(let value): return .success(value)
        case .failure(let problem):
            let shown = text.trimmingSpaces
            switch problem {
            case .negative: return .failure(FundingValueError("value '\(shown)' is negative: an indicator's result is 0 or more"))
            case .notANumber: return .failure(FundingValueError("value '\(shown)' is not a number: write digits, such as 1500, 12.5 or 52%"))
            case .tooLarge: return .failure(FundingValueError("value '\(shown)' is larger than 10^15"))
            }
        }
    }

    /// Why a value cannot be read (the message is written only then).
    private enum ValueProblem: Error { case negative, notANumber, tooLarge }

    /// What an indicator's values are.
    enum Kind: Sendable { case percent, count, other }

    /// Units that name a percentage, and units that name a number of people or things.
    static let percentUnits: Set<String> = ["percent", "percentage", "%", "pct", "rate", "ratio", "proportion"]
    static let countUnits: Set<String> = ["people", "persons", "individuals", "number", "count", "households", "children", "refugees",
                                          "women", "men", "girls", "boys", "beneficiaries", "items", "kits", "units", "shelters",
                                          "facilities", "schools", "classrooms", "teachers", "sessions"]

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

    /// Whether an indicator's results in several countries add up to a total: its unit counts
    /// people or things (``countUnits``: `people`, `households`, `items`...), or it has no unit
    /// and its target (else baseline) is a plain number. Percentages, rates, ratios and other
    /// units (`days`, `litres per person per day`) are shares or averages of each country's own
    /// population: a sum means nothing, and an average would need each country's population.
    static func isAdditive(_ indicator: Indicator) -> Bool {
        if let unit = indicator.unit?.trimmingSpaces.lowercased() { return countUnits.contains(unit) }
        if case .number? = indicator.target ?? indicator.baseline { return true }
        return false
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
