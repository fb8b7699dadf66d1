import PlanModel

/// A period `2026-01-01 to 2026-12-31` (or months, `2026-01 to 2026-06`); the end may not come
/// before the start.
enum PeriodLiteral {
    static let id = DSLRules.invalidPeriod

    static func parse(_ bytes: LiteralBytes) -> Parsed<Period> {
        let s = bytes.trimmed
        guard let to = find(Array(" to ".utf8), in: s) else {
            for separator in [" - ", " – ", "/", " until ", " au ", " a "] {
                if let at = find(Array(separator.utf8), in: s) {
                    let end = at + separator.utf8.count
                    return .failure(LiteralFailure(id, at, end, "Separate the two dates of a period with ' to '", replace: .init(start: at, end: end, text: " to ")))
                }
            }
            return .failure(LiteralFailure(id, s.startIndex, max(s.endIndex, s.startIndex), "Write a period as 'start to end', as in '2026-01-01 to 2026-12-31'"))
        }
        let start: PlanDate
        let end: PlanDate
        var canonical: [String] = []
        switch DateLiteral.parse(s[s.startIndex..<to]) {
        case .value(let d, let c): start = d; canonical.append(c ?? s[s.startIndex..<to].text)
        case .failure(let f): return .failure(f)
        }
        switch DateLiteral.parse(s[(to + 4)...]) {
        case .value(let d, let c): end = d; canonical.append(c ?? s[(to + 4)...].text)
        case .failure(let f): return .failure(f)
        }
        let endDay = end.lastDay
        let startDay = start.firstDay
        if (endDay.year, endDay.month, endDay.day) < (startDay.year, startDay.month, startDay.day) {
            return .failure(LiteralFailure(DSLRules.periodReversed, s.startIndex, s.endIndex, "The period ends (\(end)) before it starts (\(start))"))
        }
        return .value(Period(start: start, end: end), canonical: canonical.joined(separator: " to "))
    }

    /// First offset of `needle` in `s`.
    static func find(_ needle: [UInt8], in s: LiteralBytes) -> Int? {
        guard s.count >= needle.count else { return nil }
        var i = s.startIndex
        while i + needle.count <= s.endIndex {
            if s[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }
}
