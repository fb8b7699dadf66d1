import PlanModel

/// `funding.csv`, written when the compile read funding records (and by `--format hpc`, with no
/// funding when none was read): requirements and funding
/// received by country and sector, in the shape of FTS's requirements-and-funding tables on
/// HDX (one row per country × sector, with `#value+funding+required+usd`,
/// `#value+funding+total+usd` and `#value+funding+pct`). The place columns are those of every
/// CSV (``PlaceColumns``): `#country+code` holds only ISO 3166 alpha-3 codes, and a regional or
/// sub-region row has its code in `#region+code`. Funding a record did not place in a country
/// has `unspecified` as its region code (and an empty country code), funding it did not place
/// in a sector `unspecified` as its sector code. The funded column adds up to the document's
/// funding received. Field mapping: docs/funding.md.
enum FundingCSV {
    static func table(_ plan: Plan, index: PlanIndex) -> HXLTable {
        var table = HXLTable(PlaceColumns.headers + [
            ("Plan", "#activity+appeal+name"),
            ("Start date", "#date+start"), ("End date", "#date+end"), ("Sector code", "#sector+cluster+code"), ("Sector", "#sector+cluster+name"),
            ("Requirements (USD)", "#value+funding+required+usd"), ("Funding (USD)", "#value+funding+total+usd"), ("Percent funded", "#value+funding+pct"),
        ])
        var required: [String: [String: Int64]] = [:]
        var received: [String: [String: Int64]] = [:]
        for cell in plan.consolidation.cells {
            // A country total not yet broken down by sector is in no sector's row.
            let sector = cell.sector ?? Funding.unspecified
            required[cell.place.code, default: [:]][sector, default: 0] = (required[cell.place.code]?[sector] ?? 0).addingClamped(cell.amount)
        }
        for cell in plan.funding?.cells ?? [] {
            received[cell.place, default: [:]][cell.sector, default: 0] = (received[cell.place]?[cell.sector] ?? 0).addingClamped(cell.received)
        }
        let places = plan.consolidation.places.map { ($0.place.code, PlaceColumns.values($0.place, index: index)) }
            + [(Funding.unspecified, PlaceColumns.unplaced(Funding.unspecified, name: index.labels["notSpecified"]))]
        let sectors = plan.sectors.map { ($0.id, $0.name) } + [(Funding.unspecified, "")]
        for (code, placeColumns) in places {
            for (sector, sectorName) in sectors {
                let r = required[code]?[sector] ?? 0
                let f = received[code]?[sector] ?? 0
                guard r > 0 || f > 0 else { continue }
                table.append(placeColumns + [
                    plan.title, plan.period.start.description, plan.period.end.description, sector, sectorName,
                    String(r), String(f), r > 0 ? String(Numbers.wholePercent(f, of: r)) : "",
                ])
            }
        }
        return table
    }
}
