import PlanModel

/// `headline:` figures as published: requirements (for the whole period, for one year with
/// `for:`, or by year), a declared unallocated remainder, partner count, population.
enum HeadlineSchema {
    static func read(_ entry: FrontMatterEntry, reader: inout SchemaReader) -> Headline? {
        guard let entries = reader.block(entry) else { return nil }
        var headline = Headline()
        var year: Located<Int>?
        for e in entries {
            switch e.key {
            case "requirements": headline.requirements = RequirementSchema.amounts(e, reader: &reader)
            case "for": year = reader.literal(e, expecting: "the year the headline covers, such as '2019'", SimpleLiterals.year)
            case "unallocated": headline.unallocated = remainder(e, reader: &reader)
            case "partners": headline.partners = reader.literal(e, expecting: "a number of partners", CountLiteral.parse)
            case "population": headline.population = reader.literal(e, expecting: "a number of people", CountLiteral.parse)
            default: reader.unknownKey(e, known: ChapterKeys.headline, in: "'headline'")
            }
        }
        if let year, let only = headline.requirements.first {
            if headline.requirements.count == 1, only.year == nil {
                headline.requirements[0].year = year
            } else {
                reader.context.error(DSLRules.expectedValue, year.range.start.offset, year.range.end.offset,
                                     "'for: \(year.value)' names the year of a single headline amount; the amounts are already written by year: remove 'for:'")
            }
        }
        return headline
    }

    /// `unallocated:` with `amount:`, `reason:` and an optional `for:` year.
    private static func remainder(_ entry: FrontMatterEntry, reader: inout SchemaReader) -> DeclaredRemainder? {
        guard let entries = reader.block(entry) else { return nil }
        var amount: Located<Money>?
        var reason: Located<String>?
        var year: Located<Int>?
        for e in entries {
            switch e.key {
            case "amount": amount = reader.literal(e, expecting: "an amount such as 'USD 20'", MoneyLiteral.parse)
            case "reason": reason = reader.text(e)
            case "for": year = reader.literal(e, expecting: "the year the remainder belongs to, such as '2019'", SimpleLiterals.year)
            default: reader.unknownKey(e, known: ChapterKeys.unallocated, in: "'unallocated'")
            }
        }
        reader.require(ChapterKeys.unallocatedRequired, in: entries, at: entry.keyRange, what: "'unallocated'")
        guard let amount, let reason else { return nil }
        return DeclaredRemainder(amount: amount, reason: reason, year: year)
    }
}
