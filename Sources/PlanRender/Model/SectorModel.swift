import PlanModel

/// One sector chapter of a place as template values.
enum SectorModel {
    static func make(_ sector: SectorPlan, index: PlanIndex, narrative: NarrativeRenderer) -> [String: Any] {
        let labels = index.labels
        let title = index.sectorTitle(sector.sector, subsector: sector.subsector)
        let requirements: [[String: Any]] = sector.requirements.map { r in
            let counted = index.partner(r.partner)?.isAppealing ?? false
            return [
                "id": r.partner, "name": index.partnerName(r.partner), "type": index.partnerTypeLabel(r.partner),
                "amount": Numbers.grouped(r.total), "counted": counted, "note": counted ? "" : labels["notCounted"],
            ]
        }
        let counted = sector.requirements.filter { index.partner($0.partner)?.isAppealing ?? false }.reduce(Int64(0)) { $0 + $1.total }
        let indicators = sector.indicators.map { IndicatorModel.row($0, index: index) }
        let anchor = "sector-" + OutputName.safe(sector.place.code) + "-" + OutputName.safe(sector.subsector.map { sector.sector + "-" + $0 } ?? sector.sector)
        return [
            "anchor": anchor, "title": title, "code": sector.subsector ?? sector.sector,
            "narrative": narrative.values(sector.narrative, baseLevel: 4, titles: [title, index.sectorName(sector.sector)]),
            "requirements": requirements, "hasRequirements": !requirements.isEmpty,
            "total": Numbers.grouped(counted), "totalSummary": Numbers.usdSummary(counted, labels: labels),
            "population": PopulationModel.rows(sector.population, index: index), "hasPopulation": !sector.population.isEmpty,
            "indicators": indicators, "hasIndicators": !indicators.isEmpty,
            "locations": sector.locations, "hasLocations": !sector.locations.isEmpty,
            "locationList": sector.locations.joined(separator: ", "),
            "assumptions": sector.assumptions, "hasAssumptions": !sector.assumptions.isEmpty,
        ]
    }
}
