import PlanModel

/// A percentage: `56%`, `12.5%`. The canonical spelling is the number as written, without
/// leading zeros, directly followed by `%`.
enum PercentLiteral {
    static let id = DSLRules.invalidPercent

    /// `maximum` bounds the value (100 for shares of a whole).
    static func parse(_ bytes: LiteralBytes, maximum: Double? = nil) -> Parsed<Percent> {
        Parsed { () throws(LiteralFailure) in
            let s = bytes.trimmed
            let groups = try DigitGroups.leading(s, id: id, example: "12.5%", expected: "Expected a percentage such as '56%'")
            try checkSign(s, after: groups)
            try FigureRange.decimal(groups, at: s)
            let value = groups.doubleValue
            if let maximum, value > maximum {
                throw LiteralFailure(id, s.startIndex, s.endIndex, "A share cannot exceed \(Int(maximum))%")
            }
            var precision = 1.0
            for _ in 0..<(groups.fraction?.count ?? 0) { precision /= 10 }
            let percent = Percent(value, precision: precision)
            if s.count == bytes.count, groups.isWrittenCanonically(from: s.startIndex, grouped: false) { return (percent, nil) }
            let fraction = groups.fraction.map { "." + String(decoding: $0, as: UTF8.self) } ?? ""
            return (percent, groups.plainInteger + fraction + "%")
        }
    }

    /// The `%` must follow the number directly and end the value.
    private static func checkSign(_ s: LiteralBytes, after groups: DigitGroups) throws(LiteralFailure) {
        var i = groups.end
        guard i < s.endIndex else {
            throw LiteralFailure(id, s.startIndex, s.endIndex, "Write the percent sign: '\(s.text.excerpt)%'", replace: .init(start: s.endIndex, end: s.endIndex, text: "%"))
        }
        while i < s.endIndex, s[i] == 0x20 { i += 1 }
        if i > groups.end, i < s.endIndex, s[i] == UInt8(ascii: "%") {
            throw LiteralFailure(id, groups.end, i, "Write the percent sign right after the number", replace: .init(start: groups.end, end: i, text: ""))
        }
        guard s[groups.end] == UInt8(ascii: "%"), groups.end + 1 == s.endIndex else {
            throw LiteralFailure(id, groups.end, s.endIndex, "Expected '%' right after the number, as in '56%'")
        }
    }
}
