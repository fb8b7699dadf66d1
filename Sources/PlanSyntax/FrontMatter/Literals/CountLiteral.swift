/// A count of people or partners: `1,250,000` or `1250000`, a whole number written in full.
/// Canonical spelling: grouped by three with commas.
enum CountLiteral {
    static let id = "dsl.invalid-count"

    static func parse(_ bytes: LiteralBytes) -> Parsed<Int> {
        let s = bytes.trimmed
        guard let first = s.first, DigitGroups.isDigit(first) else {
            return .failure(LiteralFailure(id, s.startIndex, max(s.endIndex, s.startIndex), "Expected a whole number such as '1,250,000'"))
        }
        let groups: DigitGroups
        switch DigitGroups.read(s, id: id, example: "1,250,000") {
        case .success(let g): groups = g
        case .failure(let f): return .failure(f)
        }
        if groups.fraction != nil || groups.end < s.endIndex {
            let at = groups.fraction != nil ? groups.end - (groups.fraction?.count ?? 0) - 1 : groups.end
            return .failure(LiteralFailure(id, at, s.endIndex, "Counts are whole numbers written in full, as in '1,250,000'"))
        }
        guard let value = groups.integerValue, value <= Int64(Int.max) else {
            return .failure(LiteralFailure(id, s.startIndex, s.endIndex, "This number is too large"))
        }
        return .value(Int(value), canonical: groups.groupedInteger)
    }
}
