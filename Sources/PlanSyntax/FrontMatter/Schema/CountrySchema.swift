import PlanModel

/// A country chapter (`chapter: country`).
enum CountrySchema {
    static let place = "a country chapter"

    static func read(_ entries: [FrontMatterEntry], opening: SourceRange, reader: inout SchemaReader) -> CountryHeader? {
        var place: Located<ChapterPlace>?
        var language: Located<String>?
        var title: Located<String>?
        var headline: Headline?
        var period: Located<Period>?
        var totalRequirement: [YearAmount] = []
        var clearance = Clearance()
        for entry in entries where !ClearanceSchema.read(entry, into: &clearance, reader: &reader) {
            switch entry.key {
            case "chapter": continue
            case "country": place = reader.literal(entry, expecting: "a country code", PlaceLiteral.parse)
            case "language": language = reader.literal(entry, expecting: "a language code", SimpleLiterals.language)
            case "title": title = reader.text(entry)
            case "period": period = reader.literal(entry, expecting: "a period", PeriodLiteral.parse)
            case "headline": headline = HeadlineSchema.read(entry, reader: &reader)
            case "total-requirement": totalRequirement = RequirementSchema.amounts(entry, reader: &reader)
            default: reader.unknownKey(entry, known: ChapterKeys.country, in: Self.place, elsewhere: ChapterKeys.elsewhere(entry.key, notIn: Self.place))
            }
        }
        reader.require(ChapterKeys.countryRequired, in: entries, at: opening, what: "A country chapter")
        return place.map {
            var header = CountryHeader(place: $0, language: language, title: title, headline: headline, period: period, totalRequirement: totalRequirement)
            header.clearance = clearance
            return header
        }
    }
}
