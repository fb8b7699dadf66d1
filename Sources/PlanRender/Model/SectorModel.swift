import PlanModel

/// One sector chapter of a place as template values.
enum SectorModel {
    static func make(_ sector: SectorPlan, index: PlanIndex, narrative: NarrativeRenderer) -> TemplateValue {
        let labels = index.labels
        let title = index.sectorTitle(sector.sector, subsector: sector.subsector)
        let requirements: [TemplateValue] = sector.requirements.map { r in
            let counted = index.partner(r.partner)?.isAppealing ?? false
            return [
                "id": .text(r.partner), "name": .text(index.partnerName(r.partner)), "type": .text(index.partnerTypeLabel(r.partner)),
                "amount": .text(index.numbers.grouped(r.total)), "counted": .bool(counted), "note": .text(counted ? "" : labels["notCounted"]),
            ]
        }
        let counted = sector.requirements.filter { index.partner($0.partner)?.isAppealing ?? false }.clampedSum(\.total)
        let indicators = sector.indicators.map { TemplateValue.object(IndicatorModel.row($0, index: index)) }
        let anchor = "sector-" + OutputName.safe(sector.place.code) + "-" + OutputName.safe(sector.subsector.map { sector.sector + "-" + $0 } ?? sector.sector)
        let narrativeValues = narrative.values(sector.narrative, baseLevel: 4, titles: [title, index.sectorName(sector.sector)])
        var values: TemplateFields = [
            "anchor": .text(anchor), "title": .text(title), "code": .text(sector.subsector ?? sector.sector),
            "language": .text(sector.language),
            "narrative": narrativeValues,
            "requirements": .list(requirements), "hasRequirements": .bool(!requirements.isEmpty),
            "total": .text(index.numbers.grouped(counted)), "totalSummary": .text(index.numbers.usdSummary(counted)),
            "population": PopulationModel.table(sector.population, index: index), "hasPopulation": .bool(!sector.population.isEmpty),
            "indicators": .list(indicators), "hasIndicators": .bool(!indicators.isEmpty), "hasProgress": .bool(index.plan.progress != nil),
            "locations": .list(sector.locations.map { .text($0) }), "hasLocations": .bool(!sector.locations.isEmpty),
            "locationList": .text(sector.locations.joined(separator: ", ")),
            "assumptions": .list(sector.assumptions.map { .text($0) }), "hasAssumptions": .bool(!sector.assumptions.isEmpty),
        ]
        values.merge(LanguageNote.values(chapterLanguage: sector.language, hasText: narrativeValues.child("hasText") == .bool(true), labels: labels)) { _, new in new }
        return .object(values)
    }
}
