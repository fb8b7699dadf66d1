import PlanModel

/// `requirements.csv`: one row per place x sector x appealing partner x year (sub-sectors rolled
/// up), the grain the compiler consolidates at; the rows add up to the plan total. A chapter total
/// not yet broken down by partner has an empty partner code and says so in the partner name; a
/// country total not yet broken down by sector has an empty sector code and says so likewise.
enum RequirementsCSV {
    static func table(_ plan: Plan, index: PlanIndex) -> HXLTable {
        var table = HXLTable(
            [("Plan", "#activity+appeal+name")] + PlaceColumns.headers + [
                ("Sector code", "#sector+code"), ("Sector", "#sector+name"), ("Partner", "#org+acronym"),
                ("Partner name", "#org+name"), ("Partner type", "#org+type"), ("Year", "#date+year"),
                ("Required (USD)", "#value+funding+required+usd"),
            ]
        )
        for cell in plan.consolidation.cells {
            let years = cell.byYear.isEmpty ? [AnnualAmount(year: nil, amount: cell.amount)] : cell.byYear
            for amount in years {
                // Closures, not `index.sectorName`: a method taken as a value copies the index (and
                // the plan it holds) into its context, once per row.
                table.append([plan.title] + PlaceColumns.values(cell.place, index: index) + [
                    cell.sector ?? "", cell.sector.map { index.sectorName($0) } ?? Self.notBySector,
                    cell.partner ?? "", cell.partner.map { index.partnerName($0) } ?? Self.notBrokenDown,
                    cell.partner.flatMap { index.partner($0)?.type.rawValue } ?? "",
                    amount.year.map(String.init) ?? "", String(amount.amount),
                ])
            }
        }
        return table
    }

    /// The partner name of a chapter total not yet broken down by partner.
    static let notBrokenDown = "Not yet broken down by partner"
    /// The sector name of a country total not yet broken down by sector.
    static let notBySector = "Not yet broken down by sector"
}
