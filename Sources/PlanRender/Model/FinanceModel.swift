import PlanModel

/// The financial parts of a document: requirements by place x sector with totals, by partner
/// type, and their charts.
enum FinanceModel {
    static func make(_ figures: ScopeFigures, index: PlanIndex, idPrefix: String) -> [String: Any] {
        let labels = index.labels
        let sectors = figures.bySector.map(\.sector)
        // A matrix wider than six sectors is written in USD million (one decimal) to fit A4.
        let compact = sectors.count > 6
        let cell: (Int64) -> String = compact ? { Numbers.millions($0) } : { Numbers.grouped($0) }
        let rows: [[String: Any]] = figures.byPlace.map { entry in
            let bySector = figures.byPlaceSector[entry.place] ?? [:]
            return [
                "place": index.placeName(entry.place), "code": entry.place.code,
                "cells": sectors.map { ["amount": (bySector[$0] ?? 0) == 0 ? "–" : cell(bySector[$0] ?? 0)] },
                "total": cell(entry.amount),
            ]
        }
        let sectorRows: [[String: Any]] = figures.bySector.map {
            ["name": index.sectorName($0.sector), "code": $0.sector, "amount": Numbers.grouped($0.amount), "share": Numbers.percent($0.amount, of: figures.total)]
        }
        let types = figures.byPartnerType(index)
        let typeRows: [[String: Any]] = types.map {
            [
                "type": index.typeLabel($0.type), "code": $0.type.rawValue, "amount": Numbers.grouped($0.amount),
                "share": Numbers.percent($0.amount, of: figures.total), "partners": "\($0.partners)",
            ]
        }
        let summary = labels["chartBarsDesc"]
        func bars(_ items: [(String, Int64)]) -> [BarChart.Bar] {
            items.sorted { $0.1 > $1.1 }.map { BarChart.Bar(label: $0.0, value: $0.1, valueText: Numbers.usdSummary($0.1, labels: labels)) }
        }
        let sectorChart = BarChart(
            id: idPrefix + "-chart-sector", title: labels["requirementsBySector"], summary: summary,
            bars: bars(figures.bySector.map { (index.sectorName($0.sector), $0.amount) })
        )
        let placeChart = BarChart(
            id: idPrefix + "-chart-country", title: labels["requirementsByCountry"], summary: summary,
            bars: bars(figures.byPlace.map { (index.placeName($0.place), $0.amount) })
        )
        let typeChart = BarChart(
            id: idPrefix + "-chart-type", title: labels["requirementsByPartnerType"], summary: summary,
            bars: bars(types.map { (index.typeLabel($0.type), $0.amount) }), multicolour: true
        )
        return [
            "sectors": sectors.map { ["name": index.sectorName($0), "code": $0] },
            "rows": rows, "hasRows": !rows.isEmpty,
            "totals": figures.bySector.map { ["amount": cell($0.amount)] },
            "matrixTotal": cell(figures.total), "inMillions": compact,
            "grandTotal": Numbers.grouped(figures.total),
            "sectorRows": sectorRows,
            "typeRows": typeRows, "hasTypeRows": !typeRows.isEmpty,
            "sectorChart": sectorChart.svg, "hasSectorChart": !figures.bySector.isEmpty, "placeChart": placeChart.svg, "hasPlaceChart": figures.byPlace.count > 1, "typeChart": typeChart.svg,
            "unallocated": figures.unallocated > 0 ? Numbers.usd(figures.unallocated) : "",
            "hasUnallocated": figures.unallocated > 0,
        ]
    }

    /// The partner list: appealing partners in scope with type, local flag, places and amount.
    static func partners(_ figures: ScopeFigures, index: PlanIndex) -> [[String: Any]] {
        figures.byPartner.map { entry in
            let places = (figures.byPartnerPlace[entry.partner] ?? [:]).keys
            let placeNames = figures.byPlace.map(\.place).filter { places.contains($0) }.map { index.placeName($0) }
            let local = index.partner(entry.partner)?.local ?? false
            return [
                "id": entry.partner, "name": index.partnerName(entry.partner), "type": index.partnerTypeLabel(entry.partner),
                "local": local ? index.labels["yes"] : index.labels["no"], "isLocal": local,
                "places": placeNames.joined(separator: ", "), "amount": Numbers.grouped(entry.amount),
            ]
        }
    }

    /// Annex: one group per partner with its amount in each place and its total.
    static func partnerPlaceGroups(_ figures: ScopeFigures, index: PlanIndex) -> [[String: Any]] {
        figures.byPartner.map { entry in
            let amounts = figures.byPartnerPlace[entry.partner] ?? [:]
            let rows: [[String: Any]] = figures.byPlace.compactMap { p in
                amounts[p.place].map { ["place": index.placeName(p.place), "code": p.place.code, "amount": Numbers.grouped($0)] }
            }
            return [
                "id": entry.partner, "name": index.partnerName(entry.partner), "type": index.partnerTypeLabel(entry.partner),
                "rows": rows, "total": Numbers.grouped(entry.amount),
            ]
        }
    }
}
