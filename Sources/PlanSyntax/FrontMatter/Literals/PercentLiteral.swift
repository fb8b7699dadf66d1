import PlanModel

/// A percentage: `56%`, `12.5%`. The canonical spelling is the number as written, without
/// leading zeros, directly followed by `%`.
enum PercentLiteral {
    static let id = "dsl.invalid-percent"

    /// `maximum` bounds the value (100 for shares of a whole).
    static func parse(_ bytes: LiteralBytes, maximum: Double? = nil) -> Parsed<Percent> {
        let s = bytes.trimmed
        guard let first = s.first, DigitGroups.isDigit(first) else {
            return .failure(LiteralFailure(id, s.startIndex, max(s.endIndex, s.startIndex), "Expected a percentage such as '56%'"))
        }
        let groups: DigitGroups
        switch DigitGroups.read(s, id: id, example: "12.5%") {
        case .success(let g): groups = g
        case .failure(let f): return .failure(f)
        }
        var i = groups.end
        guard i < s.endIndex else {
            return .failure(LiteralFailure(id, s.startIndex, s.endIndex, "Write the percent sign: '\(s.text)%'",
                                           replace: .init(start: s.endIndex, end: s.endIndex, text: "%")))
        }
        if s[i] == 0x20 {
            while i < s.endIndex, s[i] == 0x20 { i += 1 }
            if i < s.endIndex, s[i] == UInt8(ascii: "%") {
                return .failure(LiteralFailure(id, groups.end, i, "Write the percent sign right after the number", replace: .init(start: groups.end, end: i, text: "")))
            }
        }
        guard s[groups.end] == UInt8(ascii: "%"), groups.end + 1 == s.endIndex else {
            return .failure(LiteralFailure(id, groups.end, s.endIndex, "Expected '%' right after the number, as in '56%'"))
        }
        let digits = String(decoding: groups.integer + (groups.fraction.map { [UInt8(ascii: ".")] + $0 } ?? []), as: UTF8.self)
        let value = Double(digits) ?? 0
        let decimals = groups.fraction?.count ?? 0
        if let maximum, value > maximum {
            return .failure(LiteralFailure(id, s.startIndex, s.endIndex, "A share cannot exceed \(Int(maximum))%"))
        }
        var precision = 1.0
        for _ in 0..<decimals { precision /= 10 }
        let canonical = groups.groupedInteger.replacingOccurrences(",", "") + (groups.fraction.map { "." + String(decoding: $0, as: UTF8.self) } ?? "") + "%"
        return .value(Percent(value, precision: precision), canonical: canonical)
    }
}

extension String {
    /// Replaces every occurrence of `target` (no Foundation needed).
    func replacingOccurrences(_ target: Character, _ replacement: String) -> String {
        var out = ""
        for c in self { if c == target { out += replacement } else { out.append(c) } }
        return out
    }
}
