import PlanModel

/// The financial parts of a document: requirements by place x sector with totals, by partner
/// type, and their charts.
enum FinanceModel {
    static func make(_ figures: ScopeFigures, index: PlanIndex, idPrefix: String) -> TemplateValue {
        let labels = index.labels, numbers = index.numbers
        let sectors = figures.bySector.map(\.sector)
        // A matrix wider than six sectors is written in USD million (one decimal) to fit A4.
        let compact = sectors.count > 6
        let cell: (Int64) -> String = compact ? { numbers.millions($0) } : { numbers.grouped($0) }
        // The place x sector matrix (the regional document's), made when read.
        let rows = {
            figures.byPlace.map { entry -> TemplateValue in
                let bySector = figures.byPlaceSector[entry.place] ?? [:]
                return [
                    "place": .text(index.placeName(entry.place)), "code": .text(entry.place.code),
                    "cells": .list(sectors.map { ["amount": .text((bySector[$0] ?? 0) == 0 ? "–" : cell(bySector[$0] ?? 0))] }),
                    "total": .text(cell(entry.amount)),
                ]
            }
        }
        // Country totals not yet broken down by sector close the table, so that it adds up.
        let sectorAmounts = figures.bySector.map { (name: index.sectorName($0.sector), code: $0.sector, amount: $0.amount) }
            + (figures.notBySector > 0 ? [(name: labels["notBrokenDownBySector"], code: "", amount: figures.notBySector)] : [])
        let sectorRows: [TemplateValue] = sectorAmounts.map {
            [
                "name": .text($0.name), "code": .text($0.code), "amount": .text(numbers.grouped($0.amount)),
                "share": .text(numbers.percent($0.amount, of: figures.total)),
            ]
        }
        let types = figures.byPartnerType
        let typeRows: [TemplateValue] = types.map {
            [
                "type": .text(index.typeLabel($0.type)), "code": .text($0.type.rawValue), "amount": .text(numbers.grouped($0.amount)),
                "share": .text(numbers.percent($0.amount, of: figures.total)), "partners": "\($0.partners)",
            ]
        }
        let summary = labels["chartBarsDesc"]
        func bars(_ items: [(String, Int64)]) -> [BarChart.Bar] {
            items.sorted { $0.1 > $1.1 }.map { BarChart.Bar(label: $0.0, value: $0.1, valueText: numbers.usdSummary($0.1)) }
        }
        let colon = labels["colon"]
        let sectorChart = BarChart(
            id: idPrefix + "-chart-sector", title: labels["requirementsBySector"], summary: summary,
            bars: bars(figures.bySector.map { (index.sectorName($0.sector), $0.amount) }), colon: colon
        )
        let placeChart = BarChart(
            id: idPrefix + "-chart-country", title: labels["requirementsByCountry"], summary: summary,
            bars: bars(figures.byPlace.map { (index.placeName($0.place), $0.amount) }), colon: colon
        )
        let typeChart = BarChart(
            id: idPrefix + "-chart-type", title: labels["requirementsByPartnerType"], summary: summary,
            bars: bars(types.map { (index.typeLabel($0.type), $0.amount) }), multicolour: true, colon: colon
        )
        let map = RegionalMap(
            id: idPrefix + "-map", title: labels["mapTitle"], summary: labels["mapDesc"],
            areas: figures.byPlace.compactMap { entry in
                guard case .country(let country) = entry.place else { return nil }
                return RegionalMap.Area(code: country.code, name: index.placeName(entry.place), value: entry.amount, valueText: numbers.usdSummary(entry.amount))
            },
            range: { low, high in low == high ? numbers.usdSummary(low) : numbers.usdSummary(low) + " – " + numbers.usdSummary(high) },
            notDrawn: labels["mapNotDrawn"], colon: colon
        )
        let mapSVG = figures.byPlace.count > 1 ? map.svg : ""
        return [
            "map": .text(mapSVG), "hasMap": .bool(!mapSVG.isEmpty),
            "mapTitle": .text(map.title), "mapDescription": .text(map.description),
            "sectors": .list(sectors.map { ["name": .text(index.sectorName($0)), "code": .text($0)] }),
            "rows": .lazy { .list(rows()) }, "hasRows": .bool(!figures.byPlace.isEmpty),
            "totals": .list(figures.bySector.map { ["amount": .text(cell($0.amount))] }),
            "matrixTotal": .text(cell(figures.total)), "inMillions": .bool(compact),
            "grandTotal": .text(numbers.grouped(figures.total)),
            "sectorRows": .list(sectorRows),
            "typeRows": .list(typeRows), "hasTypeRows": .bool(!typeRows.isEmpty),
            // Charts are drawn when read: a country document shows only the partner-type chart,
            // and only the Word documents read the charts' data.
            "sectorChart": .lazy { .text(sectorChart.svg) }, "sectorChartData": .lazy { ChartData.bars(sectorChart) }, "hasSectorChart": .bool(!figures.bySector.isEmpty),
            "placeChart": .lazy { .text(placeChart.svg) }, "placeChartData": .lazy { ChartData.bars(placeChart) }, "hasPlaceChart": .bool(figures.byPlace.count > 1),
            "typeChart": .lazy { .text(typeChart.svg) }, "typeChartData": .lazy { ChartData.bars(typeChart) },
            "unallocated": .text(figures.unallocated > 0 ? numbers.usd(figures.unallocated) : ""),
            "hasUnallocated": .bool(figures.unallocated > 0),
            "notBrokenDown": .text(figures.notBrokenDown > 0 ? numbers.usd(figures.notBrokenDown) : ""),
            "hasNotBrokenDown": .bool(figures.notBrokenDown > 0),
            "notBySector": .text(figures.notBySector > 0 ? numbers.usd(figures.notBySector) : ""),
            "hasNotBySector": .bool(figures.notBySector > 0),
        ]
    }

    /// The partner list: appealing partners in scope with type, local flag, places and amount.
    static func partners(_ figures: ScopeFigures, index: PlanIndex) -> [TemplateValue] {
        let placeOrder = figures.byPlace.map(\.place)
        return figures.byPartner.map { entry in
            let places = (figures.byPartnerPlace[entry.partner] ?? [:]).keys
            let placeNames = placeOrder.filter { places.contains($0) }.map { index.placeName($0) }
            // One lookup of the partner for its name, type and local flag.
            let partner = index.partner(entry.partner)
            let local = partner?.local ?? false
            return [
                "id": .text(entry.partner), "name": .text(partner?.name ?? entry.partner), "type": .text(partner.map { index.typeLabel($0.type) } ?? ""),
                "local": .text(local ? index.labels["yes"] : index.labels["no"]), "isLocal": .bool(local),
                "places": .text(placeNames.joined(separator: ", ")), "amount": .text(index.numbers.grouped(entry.amount)),
            ]
        }
    }

    /// The partner list grouped by partner type, in ``PartnerType`` order as published plans list
    /// partners: `{type, code, count, amount, partners}` with `partners` from `rows`, the
    /// ``partners(_:index:)`` of the same figures (made once per document).
    static func partnerGroups(_ figures: ScopeFigures, index: PlanIndex, rows: [TemplateValue]) -> [TemplateValue] {
        return figures.byPartnerType.map { group in
            let members = zip(figures.partnerTypes, rows).filter { $0.0 == group.type }.map(\.1)
            return [
                "type": .text(index.typeLabel(group.type)), "code": .text(group.type.rawValue), "count": .text(index.numbers.people(group.partners)),
                "amount": .text(index.numbers.grouped(group.amount)), "partners": .list(members),
            ]
        }
    }

    /// Partners that implement for an appealing partner and have a requirement line in scope
    /// (shown, never counted): `{id, name, type, lead}`.
    static func implementing(_ figures: ScopeFigures, index: PlanIndex) -> [TemplateValue] {
        var seen: Set<String> = []
        var rows: [TemplateValue] = []
        for place in figures.places {
            for sector in place.sectors {
                for r in sector.requirements where !seen.contains(r.partner) {
                    guard let partner = index.partner(r.partner), let lead = partner.implementingFor else { continue }
                    seen.insert(r.partner)
                    rows.append([
                        "id": .text(partner.id), "name": .text(partner.name), "type": .text(index.typeLabel(partner.type)),
                        "lead": .text(lead), "leadName": .text(index.partnerName(lead)),
                    ])
                }
            }
        }
        return rows
    }
}
