import PlanModel

/// An indicator as a table row.
enum IndicatorModel {
    static func row(_ indicator: Indicator, index: PlanIndex) -> [String: Any] {
        let area = indicator.outcomeArea.map { code in OutcomeArea.named(code).map { "\(code) \($0.name)" } ?? code } ?? "–"
        return [
            "id": indicator.id, "name": indicator.name ?? "–", "outcomeArea": area, "outcomeAreaCode": indicator.outcomeArea ?? "",
            "unit": indicator.unit ?? "–",
            "baseline": indicator.baseline?.description ?? "–", "target": indicator.target?.description ?? "–",
        ]
    }

    /// Every indicator of the places, with the place and sector it belongs to, in document order.
    static func annexRows(_ places: [PlacePlan], index: PlanIndex) -> [[String: Any]] {
        places.flatMap { place in
            place.sectors.flatMap { sector in
                sector.indicators.map { indicator -> [String: Any] in
                    var row = self.row(indicator, index: index)
                    row["place"] = index.placeName(place.place)
                    row["sector"] = index.sectorTitle(sector.sector, subsector: sector.subsector)
                    return row
                }
            }
        }
    }
}
