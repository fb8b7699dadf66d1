import PlanModel

/// One country (or sub-region, or regional-level) chapter as template values.
enum PlaceModel {
    static func make(_ place: PlacePlan, plan: Plan, index: PlanIndex, narrative: NarrativeRenderer) -> TemplateValue {
        let labels = index.labels
        let code = OutputName.safe(place.place.code)
        let consolidation = plan.consolidation.place(place.place)
        let population = consolidation?.population ?? []
        let name = index.placeName(place.place)
        let title = index.placeTitle(place.place)
        let total = consolidation?.total ?? 0
        let sectorBars = (consolidation?.bySector ?? []).sorted { $0.amount > $1.amount }.map {
            BarChart.Bar(label: index.sectorName($0.sector), value: $0.amount, valueText: index.numbers.usdSummary($0.amount))
        }
        let pyramid = PopulationModel.pyramid(population, id: "place-\(code)-pyramid", index: index)
        let chart = BarChart(
            id: "place-\(code)-chart-sector", title: labels["requirementsBySector"] + labels["colon"] + " " + title, summary: labels["chartBarsDesc"],
            bars: sectorBars, colon: labels["colon"]
        )
        let narrativeValues = narrative.values(place.narrative, baseLevel: 3, titles: [title, name, place.title ?? name])
        var values: TemplateFields = [
            "anchor": .text("place-" + code), "code": .text(place.place.code), "name": .text(name), "title": .text(title),
            "narrative": narrativeValues,
            "language": .text(place.language),
            "population": PopulationModel.table(population, index: index), "hasPopulation": .bool(!population.isEmpty),
            "pyramid": .lazy { .text(pyramid?.svg ?? "") }, "hasPyramid": .bool(pyramid != nil), "pyramidData": .lazy { pyramid.map(ChartData.pyramid) ?? [:] },
            "total": .text(index.numbers.grouped(total)), "totalSummary": .text(index.numbers.usdSummary(total)),
            "partnerCount": "\(max(place.headline?.partners ?? 0, consolidation?.partners.count ?? 0))",
            "sectorChart": .lazy { .text(chart.svg) }, "sectorChartData": .lazy { ChartData.bars(chart) }, "hasSectorChart": .bool(sectorBars.count > 1),
            "sectors": .list(place.sectors.map { SectorModel.make($0, index: index, narrative: narrative) }),
            "hasSectors": .bool(!place.sectors.isEmpty),
        ]
        values.merge(LanguageNote.values(chapterLanguage: place.language, hasText: narrativeValues.child("hasText") == .bool(true), labels: labels)) { _, new in new }
        return .object(values)
    }
}
