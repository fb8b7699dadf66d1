import PlanModel

/// A sector chapter (`chapter: sector`): one sector or sub-sector in one place.
enum SectorSchema {
    static let place = "a sector chapter"

    static func read(_ entries: [FrontMatterEntry], opening: SourceRange, reader: inout SchemaReader) -> SectorHeader? {
        var place: Located<ChapterPlace>?
        var sector: Located<String>?
        var header = SectorHeader(place: Located(.regional, at: opening), sector: Located("", at: opening))
        for entry in entries where !ClearanceSchema.read(entry, into: &header.clearance, reader: &reader) {
            switch entry.key {
            case "chapter": continue
            case "country": place = reader.literal(entry, expecting: "a country code, sub-region or 'regional'", PlaceLiteral.parse)
            case "sector": sector = reader.literal(entry, expecting: "a sector identifier", IdentifierLiteral.slug)
            case "subsector": header.subsector = reader.literal(entry, expecting: "a sub-sector identifier", IdentifierLiteral.slug)
            case "language": header.language = reader.literal(entry, expecting: "a language code", SimpleLiterals.language)
            case "population": header.population = PopulationSchema.read(entry, reader: &reader)
            case "locations": header.locations = reader.uniqueList(entry, expecting: "location names", PlanSettingsSchema.text)
            case "assumptions": header.assumptions = reader.textList(entry)
            case "indicators": header.indicators = IndicatorSchema.read(entry, reader: &reader)
            case "requirements": header.requirements = RequirementSchema.read(entry, reader: &reader)
            case "total-requirement": header.totalRequirement = RequirementSchema.amounts(entry, reader: &reader)
            default: reader.unknownKey(entry, known: ChapterKeys.sector, in: Self.place, elsewhere: ChapterKeys.elsewhere(entry.key, notIn: Self.place))
            }
        }
        reader.require(ChapterKeys.sectorRequired, in: entries, at: opening, what: "A sector chapter")
        guard let place, let sector else { return nil }
        header.place = place
        header.sector = sector
        return header
    }
}
