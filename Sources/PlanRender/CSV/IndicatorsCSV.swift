import PlanModel

/// `indicators.csv`: the monitoring framework, one row per indicator of every sector chapter.
/// Baseline and target are plain numbers (a percentage without its `%`; the unit says so).
/// When the compile read indicator results (`--progress`), three columns follow: the latest
/// value (`#indicator+value+latest`, a plain number like the target), its date (`#date+latest`)
/// and the progress from baseline to target in whole percent (`#indicator+progress+pct`), empty
/// for an indicator without a result or without a way to measure (docs/progress.md). For a
/// regional or sub-regional indicator reported per country without a result for the whole
/// place, the latest value is the countries' total when its unit adds up, else empty.
enum IndicatorsCSV {
    /// The progress columns.
    static let progressHeaders = [
        ("Latest value", "#indicator+value+latest"), ("Date of latest value", "#date+latest"), ("Progress (%)", "#indicator+progress+pct"),
    ]

    static func table(_ plan: Plan, index: PlanIndex) -> HXLTable {
        var table = HXLTable(
            [("Plan", "#activity+appeal+name")] + PlaceColumns.headers + [
                ("Sector code", "#sector+code"), ("Sector", "#sector+name"), ("Sub-sector code", "#subsector+code"),
                ("Indicator code", "#indicator+code"), ("Indicator", "#indicator+name"), ("Outcome area", "#indicator+outcome+code"),
                ("Unit", "#indicator+unit"), ("Baseline", "#indicator+num+baseline"), ("Target", "#indicator+num+target"),
            ] + (plan.progress == nil ? [] : progressHeaders)
        )
        for place in plan.places {
            for sector in place.sectors {
                for i in sector.indicators {
                    table.append([plan.title] + PlaceColumns.values(place.place, index: index) + [
                        sector.sector, index.sectorName(sector.sector),
                        sector.subsector ?? "", i.id, i.name ?? "", i.outcomeArea ?? "", i.unit ?? "",
                        number(i.baseline), number(i.target),
                    ] + (plan.progress == nil ? [] : progress(index.progress[i.id])))
                }
            }
        }
        return table
    }

    /// The latest value, its date and the progress in whole percent; empty without a result.
    static func progress(_ result: IndicatorProgress?) -> [String] {
        guard let result else { return ["", "", ""] }
        let share = result.progress.map { String(Int64($0.rounded(.toNearestOrAwayFromZero))) } ?? ""
        return [result.latest.flatMap(IndicatorValue.plainDigits) ?? "", result.date?.description ?? "", share]
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
