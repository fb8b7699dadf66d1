/// A count of people or partners: `1,250,000` or `1250000`, a whole number written in full.
/// Canonical spelling: grouped by three with commas.
enum CountLiteral {
    static let id = DSLRules.invalidCount

    static func parse(_ bytes: LiteralBytes) -> Parsed<Int> {
        Parsed { () throws(LiteralFailure) in
            let s = bytes.trimmed
            let groups = try DigitGroups.leading(s, id: id, example: "1,250,000", expected: "Expected a whole number such as '1,250,000'")
            if let fraction = groups.fraction {
                throw LiteralFailure(id, groups.end - fraction.count - 1, s.endIndex, "Counts are whole numbers written in full, as in '1,250,000'")
            }
            if groups.end < s.endIndex {
                throw LiteralFailure(id, groups.end, s.endIndex, "Counts are whole numbers written in full, as in '1,250,000'")
            }
            let count = try FigureRange.count(groups.integerValue, at: s)
            return (count, s.count == bytes.count && groups.isWrittenCanonically(from: s.startIndex, grouped: true) ? nil : groups.groupedInteger)
        }
    }
}
