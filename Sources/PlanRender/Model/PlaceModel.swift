import PlanModel

/// One country (or sub-region, or regional-level) chapter as template values.
enum PlaceModel {
    static func make(_ place: PlacePlan, plan: Plan, index: PlanIndex, narrative: NarrativeRenderer) -> TemplateValue {
        let labels = index.labels
        let code = OutputName.safe(place.place.code)
        let consolidation = plan.consolidation.place(place.place)
        let population = consolidation?.population ?? []
        let name = place.place == .regional ? labels["regional"] : place.name
        let title = place.title ?? name
        let total = consolidation?.total ?? 0
        let sectorBars = (consolidation?.bySector ?? []).sorted { $0.amount > $1.amount }.map {
            BarChart.Bar(label: index.sectorName($0.sector), value: $0.amount, valueText: Numbers.usdSummary($0.amount, labels: labels))
        }
        let pyramid = PopulationModel.pyramid(population, id: "place-\(code)-pyramid", index: index)
        let chart = BarChart(id: "place-\(code)-chart-sector", title: labels["requirementsBySector"] + ": " + title, summary: labels["chartBarsDesc"], bars: sectorBars)
        return [
            "anchor": .text("place-" + code), "code": .text(place.place.code), "name": .text(name), "title": .text(title),
            "narrative": narrative.values(place.narrative, baseLevel: 3, titles: [title, name]),
            "population": PopulationModel.rows(population, index: index), "hasPopulation": .bool(!population.isEmpty),
            "pyramid": .text(pyramid ?? ""), "hasPyramid": .bool(pyramid != nil),
            "total": .text(Numbers.grouped(total)), "totalSummary": .text(Numbers.usdSummary(total, labels: labels)),
            "partnerCount": "\(consolidation?.partners.count ?? 0)",
            "sectorChart": .text(chart.svg), "hasSectorChart": .bool(sectorBars.count > 1),
            "sectors": .list(place.sectors.map { SectorModel.make($0, index: index, narrative: narrative) }),
            "hasSectors": .bool(!place.sectors.isEmpty),
        ]
    }
}
