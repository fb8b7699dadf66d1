import PlanModel

/// `hpc-projects.csv` (`--format hpc`): the plan's requirements in the shape of OCHA's HPC
/// projects module, one row per appealing partner × country × sector (sub-sectors rolled up,
/// all years of the period added), with the HXL hashtags HPC's and FTS's exports use
/// (`#org+name`, `#org+type`, `#country+code`, `#sector+cluster+name`, `#value+requested+usd`,
/// `#response+plan+code`). The requested column adds up to the requirements broken down by
/// partner (the plan total less chapter totals not yet broken down). The place columns are
/// those of every CSV (``PlaceColumns``): a regional or sub-region row has an empty
/// `#country+code` and its code in `#region+code`. Field mapping:
/// docs/exports.md.
enum HPCProjectsCSV {
    static func table(_ plan: Plan, index: PlanIndex) -> HXLTable {
        var table = HXLTable([
            ("Plan code", "#response+plan+code"), ("Plan", "#response+plan+name"), ("Organization", "#org+name"), ("Organization acronym", "#org+acronym"),
            ("Organization type", "#org+type"),
        ] + PlaceColumns.headers + [
            ("Cluster code", "#sector+cluster+code"), ("Cluster", "#sector+cluster+name"), ("Requested (USD)", "#value+requested+usd"),
        ])
        for cell in plan.consolidation.cells {
            guard let partner = cell.partner else { continue }
            let organisation: [String] = [plan.code ?? "", plan.title, index.partnerName(partner), partner, index.partner(partner)?.type.label ?? ""]
            let sector: [String] = [cell.sector ?? "", cell.sector.map { index.sectorName($0) } ?? "", String(cell.amount)]
            table.append(organisation + PlaceColumns.values(cell.place, index: index) + sector)
        }
        return table
    }
}
