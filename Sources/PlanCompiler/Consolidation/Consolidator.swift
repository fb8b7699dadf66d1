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
        for part in perPlace {
            for cell in part.cells { partnerAmounts[cell.partner, default: 0] = partnerAmounts[cell.partner, default: 0].addingClamped(cell.amount) }
            for total in part.consolidation.bySector {
                for amount in total.byYear { sectorAmounts[total.sector, default: AmountAccumulator()].add(amount) }
            }
            cells += part.cells
            planAmounts.add(part.consolidation.byYear)
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
            unallocated: unallocated(plan.headline?.requirements, computed: planAmounts.total)
        )
    }

    /// One place's consolidation and its requirement cells (in sector, then partner order).
    private static func place(
        of placePlan: PlacePlan, appealing: [String: Partner], sectorOrder: [String: Int]
    ) -> (consolidation: PlaceConsolidation, cells: [RequirementCell]) {
        var placeAmounts = AmountAccumulator()
        var placeSectors: [String: AmountAccumulator] = [:]
        var cellAmounts: [String: [String: AmountAccumulator]] = [:]
        for sectorPlan in placePlan.sectors {
            for line in sectorPlan.requirements where appealing[line.partner] != nil {
                placeAmounts.add(line.amounts)
                placeSectors[sectorPlan.sector, default: AmountAccumulator()].add(line.amounts)
                cellAmounts[sectorPlan.sector, default: [:]][line.partner, default: AmountAccumulator()].add(line.amounts)
            }
        }
        let sectorIDs = placeSectors.keys.sorted { (sectorOrder[$0] ?? .max, $0) < (sectorOrder[$1] ?? .max, $1) }
        var cells: [RequirementCell] = []
        for sector in sectorIDs {
            for (partner, acc) in cellAmounts[sector, default: [:]].sorted(by: { $0.key < $1.key }) {
                cells.append(RequirementCell(place: placePlan.place, sector: sector, partner: partner, amount: acc.total, byYear: acc.byYear))
            }
        }
        let partners = Set(cellAmounts.values.flatMap(\.keys)).sorted()
        let consolidation = PlaceConsolidation(
            place: placePlan.place, total: placeAmounts.total, byYear: placeAmounts.byYear,
            bySector: sectorIDs.map { SectorTotal(sector: $0, amount: placeSectors[$0]!.total, byYear: placeSectors[$0]!.byYear) },
            partners: partners, localPartners: partners.filter { appealing[$0]?.local == true },
            population: PopulationCombiner.combine(placePlan.sectors),
            unallocated: unallocated(placePlan.headline?.requirements, computed: placeAmounts.total)
        )
        return (consolidation, cells)
    }

    /// How much a headline exceeds the computed total beyond its written precision (else 0).
    static func unallocated(_ headline: Money?, computed: Int64) -> Int64 {
        guard let headline, headline.currency == "USD", !headline.matches(computed: computed), headline.amount > computed else { return 0 }
        return headline.amount.subtractingClamped(computed)
    }
}
