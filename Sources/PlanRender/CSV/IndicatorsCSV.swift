import PlanModel

/// `indicators.csv`: the monitoring framework, one row per indicator of every sector chapter.
/// Baseline and target are plain numbers (a percentage without its `%`; the unit says so).
enum IndicatorsCSV {
    static func table(_ plan: Plan, index: PlanIndex) -> HXLTable {
        var table = HXLTable(
            [("Plan", "#activity+appeal+name")] + PlaceColumns.headers + [
                ("Sector code", "#sector+code"), ("Sector", "#sector+name"), ("Sub-sector code", "#subsector+code"),
                ("Indicator code", "#indicator+code"), ("Indicator", "#indicator+name"), ("Outcome area", "#indicator+outcome+code"),
                ("Unit", "#indicator+unit"), ("Baseline", "#indicator+num+baseline"), ("Target", "#indicator+num+target"),
            ]
        )
        for place in plan.places {
            for sector in place.sectors {
                for i in sector.indicators {
                    table.append([plan.title] + PlaceColumns.values(place.place, index: index) + [
                        sector.sector, index.sectorName(sector.sector),
                        sector.subsector ?? "", i.id, i.name ?? "", i.outcomeArea ?? "", i.unit ?? "",
                        number(i.baseline), number(i.target),
                    ])
                }
            }
        }
        return table
    }

    /// `62` for 62%, `12.5`, `1500`; empty when absent.
    static func number(_ value: IndicatorValue?) -> String {
        switch value {
        case .none: ""
        case .percent(let p)?: IndicatorValue.plainDigits(p.value) ?? ""
        case .number(let n)?: IndicatorValue.plainDigits(n) ?? ""
        }
    }
}
