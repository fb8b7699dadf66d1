import PlanModel

/// `headline:` figures as published: requirements, partner count, population.
enum HeadlineSchema {
    static func read(_ entry: FrontMatterEntry, reader: inout SchemaReader) -> Headline? {
        guard let entries = reader.block(entry) else { return nil }
        var headline = Headline()
        for e in entries {
            switch e.key {
            case "requirements": headline.requirements = reader.literal(e, expecting: "an amount such as 'USD 49.25 million'", MoneyLiteral.parse)
            case "partners": headline.partners = reader.literal(e, expecting: "a number of partners", CountLiteral.parse)
            case "population": headline.population = reader.literal(e, expecting: "a number of people", CountLiteral.parse)
            default: reader.unknownKey(e, known: ChapterKeys.headline, in: "'headline'")
            }
        }
        return headline
    }
}
