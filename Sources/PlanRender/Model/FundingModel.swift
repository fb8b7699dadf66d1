import PlanModel

/// The funding section of a document: funding received against the requirements, with the gap
/// and coverage, by country, sector, partner type and partner, a chart, the as-of date and the
/// sources. Empty (`hasFunding` false) when the compile read no funding records.
///
/// The regional document shows the plan's totals, with the money a record did not place in a
/// country or sector as 'not specified'; a country document shows what was placed in it.
enum FundingModel {
    static func make(_ plan: Plan, scope: DocumentScope, index: PlanIndex, idPrefix: String) -> TemplateFields {
        guard let funding = plan.funding else { return ["hasFunding": false] }
        let labels = index.labels, numbers = index.numbers
        let totals: Totals
        switch scope {
        case .regional: totals = .plan(funding)
        case .place(let place): totals = .place(place, funding, plan: plan)
        }
        func rows(_ items: [FundingTotal], name: (String) -> String) -> TemplateValue {
            .list(items.map { t in
                [
                    "name": .text(t.key == Funding.unspecified ? labels["notSpecified"] : name(t.key)), "code": .text(t.key),
                    "required": .text(numbers.grouped(t.required)), "received": .text(numbers.grouped(t.received)),
                    "gap": .text(numbers.grouped(t.gap)), "coverage": .text(t.required > 0 ? numbers.percent(t.received, of: t.required) : "–"),
                ]
            })
        }
        func table(_ title: String, _ items: [FundingTotal], name: (String) -> String) -> TemplateValue {
            ["title": .text(labels[title]), "rows": rows(items, name: name)]
        }
        var tables: [TemplateValue] = []
        if scope == .regional, totals.byPlace.count > 1 {
            tables.append(table("fundingByCountry", totals.byPlace) { code in
                plan.places.first { $0.place.code == code }.map { index.placeName($0.place) } ?? code
            })
        }
        tables.append(table("fundingBySector", totals.bySector, name: index.sectorName))
        tables.append(table("fundingByPartnerType", totals.byPartnerType) { PartnerType(rawValue: $0).map(index.typeLabel) ?? $0 })
        tables.append(table("fundingByPartner", totals.byPartner, name: index.partnerName))
        let chart = BarChart(
            id: idPrefix + "-chart-funding", title: labels["fundingBySector"], summary: labels["chartBarsDesc"],
            bars: totals.bySector.filter { $0.received > 0 }.map {
                BarChart.Bar(label: $0.key == Funding.unspecified ? labels["notSpecified"] : index.sectorName($0.key), value: $0.received,
                             valueText: numbers.usdSummary($0.received) + " (" + numbers.percent($0.received, of: $0.required) + ")")
            }
        )
        let value: TemplateValue = [
            "required": .text(numbers.usd(totals.required)), "received": .text(numbers.usd(totals.received)),
            "gap": .text(numbers.usd(max(0, totals.required.subtractingClamped(totals.received)))),
            "coverage": .text(numbers.percent(totals.received, of: totals.required)),
            "asOf": .text(funding.asOf?.description ?? ""), "hasAsOf": .bool(funding.asOf != nil),
            "sources": .text(funding.sources.map(Self.fileName).joined(separator: ", ")),
            "excluded": .text("\(funding.excluded)"), "hasExcluded": .bool(funding.excluded > 0),
            "tables": .list(tables),
            "chart": .text(chart.svg), "chartData": ChartData.bars(chart), "hasChart": .bool(!chart.bars.isEmpty),
        ]
        return ["hasFunding": true, "funding": value]
    }

    /// The last component of a path: documents name a source file, not where it was on disk.
    static func fileName(_ path: String) -> String { path.split(separator: "/").last.map(String.init) ?? path }

    /// The totals one document shows.
    private struct Totals {
        var required: Int64
        var received: Int64
        var byPlace: [FundingTotal]
        var bySector: [FundingTotal]
        var byPartnerType: [FundingTotal]
        var byPartner: [FundingTotal]

        /// The whole plan's.
        static func plan(_ f: Funding) -> Totals {
            Totals(required: f.required, received: f.received, byPlace: f.byPlace, bySector: f.bySector, byPartnerType: f.byPartnerType, byPartner: f.byPartner)
        }

        /// One place's: its requirement cells and the funding placed in it.
        static func place(_ place: ChapterPlace, _ f: Funding, plan: Plan) -> Totals {
            let code = place.code
            var sectorRequired: [String: Int64] = [:], sectorReceived: [String: Int64] = [:]
            var partnerRequired: [String: Int64] = [:], partnerReceived: [String: Int64] = [:]
            for cell in plan.consolidation.cells where cell.place == place {
                let sector = cell.sector ?? Funding.unspecified
                sectorRequired[sector, default: 0] = sectorRequired[sector, default: 0].addingClamped(cell.amount)
                if let p = cell.partner { partnerRequired[p, default: 0] = partnerRequired[p, default: 0].addingClamped(cell.amount) }
            }
            for cell in f.cells where cell.place == code {
                sectorReceived[cell.sector, default: 0] = sectorReceived[cell.sector, default: 0].addingClamped(cell.received)
                partnerReceived[cell.partner, default: 0] = partnerReceived[cell.partner, default: 0].addingClamped(cell.received)
            }
            let bySector = (plan.sectors.map(\.id) + [Funding.unspecified]).compactMap { key -> FundingTotal? in
                let t = FundingTotal(key: key, required: sectorRequired[key] ?? 0, received: sectorReceived[key] ?? 0)
                return t.required > 0 || t.received > 0 ? t : nil
            }
            let byPartner = Set(partnerRequired.keys).union(partnerReceived.keys).sorted().map {
                FundingTotal(key: $0, required: partnerRequired[$0] ?? 0, received: partnerReceived[$0] ?? 0)
            }
            let types = Dictionary(plan.partners.map { ($0.id, $0.type) }, uniquingKeysWith: { a, _ in a })
            let byPartnerType = PartnerType.allCases.compactMap { type -> FundingTotal? in
                let members = byPartner.filter { types[$0.key] == type }
                let t = FundingTotal(key: type.rawValue, required: members.clampedSum(\.required), received: members.clampedSum(\.received))
                return t.required > 0 || t.received > 0 ? t : nil
            }
            return Totals(
                required: plan.consolidation.place(place)?.total ?? 0, received: f.byPlace.first { $0.key == code }?.received ?? 0,
                byPlace: [], bySector: bySector, byPartnerType: byPartnerType, byPartner: byPartner
            )
        }
    }
}
