import PlanModel

/// The cross tables of a regional document: planned population by country and population group,
/// and requirements by partner and country and by partner and sector. Each row and column has its total; an empty cell is
/// a dash.
enum GridModel {
    /// Rows: places with planning figures (the regional level, which the plan's totals leave
    /// out, is not one); columns: the population groups any place plans for, in group order.
    static func population(_ figures: ScopeFigures, plan: Plan, index: PlanIndex) -> TemplateValue {
        let places = figures.places.map(\.place).filter { $0 != .regional }
        let byPlace = Dictionary(places.map { p in
            (p, Dictionary((plan.consolidation.place(p)?.population ?? []).map { ($0.group, $0.planned) }, uniquingKeysWith: { a, _ in a }))
        }, uniquingKeysWith: { a, _ in a })
        let groups = PopulationGroup.allCases.filter { g in places.contains { (byPlace[$0]?[g] ?? 0) > 0 } }
        let rows = places.filter { p in groups.contains { (byPlace[p]?[$0] ?? 0) > 0 } }
        return grid(
            header: index.labels["country"], caption: index.labels["populationByCountry"],
            columns: groups.map(index.groupLabel), rows: rows.map(index.placeName),
            value: { r, c in Int64(byPlace[rows[r]]?[groups[c]] ?? 0) }, format: index.numbers.grouped
        )
    }

    /// Rows: appealing partners with a requirement in scope; columns: places.
    static func partnerPlaces(_ figures: ScopeFigures, index: PlanIndex) -> TemplateValue {
        partnerGrid(figures, index: index, caption: "requirementsByPartnerAndCountry", columns: figures.byPlace.map(\.place),
                    name: index.placeName) { figures.byPartnerPlace[$0]?[$1] }
    }

    /// Rows: appealing partners with a requirement in scope; columns: sectors.
    static func partnerSectors(_ figures: ScopeFigures, index: PlanIndex) -> TemplateValue {
        partnerGrid(figures, index: index, caption: "requirementsByPartnerAndSector", columns: figures.bySector.map(\.sector),
                    name: index.sectorName) { figures.byPartnerSector[$0]?[$1] }
    }

    /// Partners (IDs, with their full names as titles) by `columns`, captioned with the label `caption`.
    private static func partnerGrid<Column>(
        _ figures: ScopeFigures, index: PlanIndex, caption: String, columns: [Column], name: (Column) -> String,
        amount: (String, Column) -> Int64?
    ) -> TemplateValue {
        let partners = figures.byPartner.map(\.partner)
        return grid(
            header: index.labels["partner"], caption: index.labels[caption], columns: columns.map(name), rows: partners,
            value: { r, c in amount(partners[r], columns[c]) ?? 0 }, format: index.numbers.grouped, rowNames: partners.map(index.partnerName)
        )
    }

    /// `{header, caption, columns: [{name}], rows: [{name, title, cells: [{value}], total}], totals: [{value}], total, hasRows}`,
    /// which the `grid` template writes.
    private static func grid(
        header: String, caption: String, columns: [String], rows: [String], value: (Int, Int) -> Int64, format: (Int64) -> String, rowNames: [String]? = nil
    ) -> TemplateValue {
        var columnTotals = [Int64](repeating: 0, count: columns.count)
        var grandTotal: Int64 = 0
        let rowValues: [TemplateValue] = rows.indices.map { r in
            var total: Int64 = 0
            let cells: [TemplateValue] = columns.indices.map { c in
                let v = value(r, c)
                total = total.addingClamped(v)
                columnTotals[c] = columnTotals[c].addingClamped(v)
                return ["value": .text(v == 0 ? "–" : format(v))]
            }
            grandTotal = grandTotal.addingClamped(total)
            return ["name": .text(rows[r]), "title": .text(rowNames?[r] ?? rows[r]),
                "abbreviated": .bool((rowNames?[r] ?? rows[r]) != rows[r]), "cells": .list(cells), "total": .text(format(total))]
        }
        return [
            "header": .text(header), "caption": .text(caption),
            "columns": .list(columns.map { ["name": .text($0)] }), "rows": .list(rowValues), "hasRows": .bool(!rows.isEmpty),
            "totals": .list(columnTotals.map { ["value": .text(format($0))] }), "total": .text(format(grandTotal)),
        ]
    }
}
