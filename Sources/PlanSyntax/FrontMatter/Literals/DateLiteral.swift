import PlanModel

/// A date `2026-01-01` or a month `2026-01`, checked against the calendar.
enum DateLiteral {
    static let id = DSLRules.invalidDate

    static func parse(_ bytes: LiteralBytes) -> Parsed<PlanDate> {
        let s = bytes.trimmed
        let parts = s.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
        let example = "Write a date as 'YYYY-MM-DD' or a month as 'YYYY-MM', as in '2026-01-31'"
        guard parts.count == 2 || parts.count == 3, parts.allSatisfy(\.isDigits), parts[0].count == 4 else {
            return .failure(LiteralFailure(id, s.startIndex, max(s.endIndex, s.startIndex), s.isEmpty ? "Expected a date such as '2026-01-31'" : example))
        }
        for part in parts.dropFirst() where part.count != 2 {
            guard part.count == 1 else { return .failure(LiteralFailure(id, part.startIndex, part.endIndex, example)) }
            return .failure(LiteralFailure(id, part.startIndex, part.endIndex, "Write months and days with two digits: '0\(part.text)'",
                                           replace: .init(start: part.startIndex, end: part.endIndex, text: "0" + part.text)))
        }
        let year = Int(parts[0].text) ?? 0
        let month = Int(parts[1].text) ?? 0
        guard year >= 1900 else { return .failure(LiteralFailure(id, parts[0].startIndex, parts[0].endIndex, "The year \(year) is out of range for a plan")) }
        guard (1...12).contains(month) else { return .failure(LiteralFailure(id, parts[1].startIndex, parts[1].endIndex, "Month \(parts[1].text) does not exist: months run from 01 to 12")) }
        var day: Int?
        if parts.count == 3 {
            let d = Int(parts[2].text) ?? 0
            let days = PlanDate.daysIn(month: month, year: year)
            guard (1...days).contains(d) else {
                return .failure(LiteralFailure(id, parts[2].startIndex, parts[2].endIndex, "Day \(parts[2].text) does not exist: \(PlanDate(year: year, month: month)) has \(days) days"))
            }
            day = d
        }
        let date = PlanDate(year: year, month: month, day: day)
        return .value(date, canonical: date.description)
    }
}
