import PlanModel

/// Computes a plan's ``Consolidation`` from its requirement lines and planning figures.
///
/// Only appealing partners count: requirement lines of the government, of implementing partners
/// and of undeclared partners are left out (the checks report them). Sub-sector chapters roll up
/// into their sector.
public enum Consolidator {
    /// The consolidation of `plan` (whose `consolidation` is ignored).
    public static func consolidate(_ plan: Plan) -> Consolidation {
        let appealing = Dictionary(plan.partners.filter(\.isAppealing).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let sectorOrder = Dictionary(plan.sectors.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        // Places are independent: consolidated on every core, then added up in place order.
        let perPlace = ConcurrentMap.map(plan.places) { place(of: $0, appealing: appealing, sectorOrder: sectorOrder) }
        var planAmounts = AmountAccumulator()
        var sectorAmounts: [String: AmountAccumulator] = [:]
        var partnerAmounts: [String: Int64] = [:]
        var cells: [RequirementCell] = []
        var places: [PlaceConsolidation] = []
        var notBrokenDown = AmountAccumulator()
        for part in perPlace {
            for cell in part.cells {
                if let partner = cell.partner { partnerAmounts[partner, default: 0] = partnerAmounts[partner, default: 0].addingClamped(cell.amount) }
            }
            for total in part.consolidation.bySector {
                for amount in total.byYear { sectorAmounts[total.sector, default: AmountAccumulator()].add(amount) }
            }
            cells += part.cells
            planAmounts.add(part.consolidation.byYear)
            notBrokenDown.add(AnnualAmount(year: nil, amount: part.consolidation.notBrokenDown))
            places.append(part.consolidation)
        }
        let partners = partnerAmounts.keys.sorted()
        let byPartner = partners.map { PartnerTotal(partner: $0, type: appealing[$0]!.type, local: appealing[$0]!.local, amount: partnerAmounts[$0]!) }
        let byType = PartnerType.allCases.compactMap { type -> PartnerTypeTotal? in
            let rows = byPartner.filter { $0.type == type }
            return rows.isEmpty ? nil : PartnerTypeTotal(type: type, amount: rows.clampedSum(\.amount), partners: rows.count)
        }
        let local = byPartner.filter(\.local)
        return Consolidation(
            total: planAmounts.total, byYear: planAmounts.byYear, places: places,
            bySector: plan.sectors.compactMap { s in sectorAmounts[s.id].map { SectorTotal(sector: s.id, amount: $0.total, byYear: $0.byYear) } },
            byPartner: byPartner, byPartnerType: byType, cells: cells, appealingPartners: partners,
            localPartners: local.map(\.partner), localRequirements: local.clampedSum(\.amount),
            population: PopulationCombiner.sum(places.filter { $0.place != .regional }.map(\.population)),
            unallocated: declaredRemainder(plan.headline), notBrokenDown: notBrokenDown.total
        )
    }

    /// One place's consolidation and its requirement cells (in sector, then partner order).
    private static func place(
        of placePlan: PlacePlan, appealing: [String: Partner], sectorOrder: [String: Int]
    ) -> (consolidation: PlaceConsolidation, cells: [RequirementCell]) {
        var placeAmounts = AmountAccumulator()
        var placeSectors: [String: AmountAccumulator] = [:]
        // Keyed by partner; `nil` collects chapter totals not yet broken down by partner.
        var cellAmounts: [String: [String?: AmountAccumulator]] = [:]
        var notBrokenDown = AmountAccumulator()
        // By index: a sector plan (its narrative above all) is a large value to copy.
        for index in placePlan.sectors.indices {
            let requirements = placePlan.sectors[index].requirements
            let total = placePlan.sectors[index].totalRequirement
            let sector = placePlan.sectors[index].sector
            let lines = requirements.filter { appealing[$0.partner] != nil }
            // A chapter total counts only until partner lines arrive (the checks compare them).
            let parts: [(partner: String?, amounts: [AnnualAmount])] = lines.isEmpty
                ? (total.isEmpty ? [] : [(nil, total)])
                : lines.map { ($0.partner, $0.amounts) }
            for part in parts {
                placeAmounts.add(part.amounts)
                placeSectors[sector, default: AmountAccumulator()].add(part.amounts)
                cellAmounts[sector, default: [:]][part.partner, default: AmountAccumulator()].add(part.amounts)
                if part.partner == nil { notBrokenDown.add(part.amounts) }
            }
        }
        let sectorIDs = placeSectors.keys.sorted { (sectorOrder[$0] ?? .max, $0) < (sectorOrder[$1] ?? .max, $1) }
        var cells: [RequirementCell] = []
        // A country total counts only until its sector chapters state requirements.
        if placeSectors.isEmpty, !placePlan.totalRequirement.isEmpty {
            var total = AmountAccumulator()
            total.add(placePlan.totalRequirement)
            placeAmounts.add(placePlan.totalRequirement)
            notBrokenDown.add(placePlan.totalRequirement)
            cells.append(RequirementCell(place: placePlan.place, sector: nil, partner: nil, amount: total.total, byYear: total.byYear))
        }
        for sector in sectorIDs {
            // Partner lines by ID, then the total not yet broken down.
            for (partner, acc) in cellAmounts[sector, default: [:]].sorted(by: { ($0.key == nil ? 1 : 0, $0.key ?? "") < ($1.key == nil ? 1 : 0, $1.key ?? "") }) {
                cells.append(RequirementCell(place: placePlan.place, sector: sector, partner: partner, amount: acc.total, byYear: acc.byYear))
            }
        }
        let partners = Set(cellAmounts.values.flatMap(\.keys).compactMap { $0 }).sorted()
        let consolidation = PlaceConsolidation(
            place: placePlan.place, total: placeAmounts.total, byYear: placeAmounts.byYear,
            bySector: sectorIDs.map { SectorTotal(sector: $0, amount: placeSectors[$0]!.total, byYear: placeSectors[$0]!.byYear) },
            partners: partners, localPartners: partners.filter { appealing[$0]?.local == true },
            population: PopulationCombiner.combine(placePlan.sectors),
            unallocated: declaredRemainder(placePlan.headline), notBrokenDown: notBrokenDown.total
        )
        return (consolidation, cells)
    }

    /// The remainder a headline declares on purpose (`unallocated:`), in USD; 0 when none.
    static func declaredRemainder(_ headline: HeadlineFigures?) -> Int64 {
        guard let money = headline?.unallocated?.money, money.currency == "USD", money.amount > 0 else { return 0 }
        return money.amount
    }
}
