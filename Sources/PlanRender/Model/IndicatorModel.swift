import PlanModel

/// An indicator as a table row.
enum IndicatorModel {
    static func row(_ indicator: Indicator, index: PlanIndex) -> TemplateFields {
        let area = indicator.outcomeArea.map { code in OutcomeArea.named(code).map { "\(code) \($0.name)" } ?? code } ?? "–"
        return [
            "id": .text(indicator.id), "name": .text(indicator.name ?? "–"), "outcomeArea": .text(area),
            "outcomeAreaCode": .text(indicator.outcomeArea ?? ""), "unit": .text(indicator.unit ?? "–"),
            "baseline": .text(indicator.baseline?.description ?? "–"), "target": .text(indicator.target?.description ?? "–"),
        ]
    }

    /// Every indicator of the places, with the place and sector it belongs to, in document order.
    static func annexRows(_ places: [PlacePlan], index: PlanIndex) -> [TemplateValue] {
        places.flatMap { place in
            place.sectors.flatMap { sector in
                sector.indicators.map { indicator -> TemplateValue in
                    var row = self.row(indicator, index: index)
                    row["place"] = .text(index.placeName(place.place))
                    row["sector"] = .text(index.sectorTitle(sector.sector, subsector: sector.subsector))
                    return .object(row)
                }
            }
        }
    }
}
