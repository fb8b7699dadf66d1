import PlanModel

/// `requirements:` in a sector chapter: `PARTNER: USD ...` for the whole period, or `PARTNER:`
/// followed by indented `2025: USD ...` lines, one per year.
enum RequirementSchema {
    static func read(_ entry: FrontMatterEntry, reader: inout SchemaReader) -> [RequirementLine] {
        guard let entries = reader.block(entry) else { return [] }
        var out: [RequirementLine] = []
        for e in entries {
            let keyBytes = reader.context.file.bytes[e.keyRange.start.offset..<e.keyRange.end.offset]
            guard case .value(let partner, _) = IdentifierLiteral.code(keyBytes) else {
                if case .failure(let f) = IdentifierLiteral.code(keyBytes) { reader.context.report(f) }
                continue
            }
            let amounts = amounts(e, reader: &reader)
            if !amounts.isEmpty { out.append(RequirementLine(partner: Located(partner, at: e.keyRange), amounts: amounts)) }
        }
        return out
    }

    /// One amount for the whole period (`USD 3,450,000`), or a block of `2026: USD ...` lines,
    /// one per year: the shape of a requirement line, a `total-requirement:` and a headline
    /// requirement.
    static func amounts(_ e: FrontMatterEntry, reader: inout SchemaReader) -> [YearAmount] {
        let node = reader.tree[e.value]
        var amounts: [YearAmount] = []
        if node.kind == .mapping {
            for y in node.entries {
                let yearBytes = reader.context.file.bytes[y.keyRange.start.offset..<y.keyRange.end.offset]
                guard let year = literalKey(yearBytes, range: y.keyRange, reader: &reader) else { continue }
                if let money = reader.literal(y, expecting: "an amount such as 'USD 20M'", MoneyLiteral.parse) {
                    amounts.append(YearAmount(year: year, money: money))
                }
            }
        } else if let money = reader.literal(e, expecting: "an amount such as 'USD 3,450,000', or one '2026: USD ...' line per year", MoneyLiteral.parse) {
            amounts.append(YearAmount(money: money))
        }
        return amounts
    }

    private static func literalKey(_ bytes: LiteralBytes, range: SourceRange, reader: inout SchemaReader) -> Located<Int>? {
        switch SimpleLiterals.year(bytes) {
        case .value(let y, _): return Located(y, at: range)
        case .failure(let f):
            reader.context.report(f)
            return nil
        }
    }
}
