import PlanModel

/// The consolidated figures of one document's scope, computed from the compiler's finest grain
/// (``Consolidation/cells``: place x sector x partner), so that the regional document and a
/// country document use one code path and every table adds up to the same total.
struct ScopeFigures {
    /// Places of the document, in the plan's place order.
    let places: [PlacePlan]
    let cells: [RequirementCell]
    let total: Int64
    /// Declared but unallocated requirement (headline above the lines).
    let unallocated: Int64
    let population: [PopulationTotal]
    /// Part of ``total`` written as chapter totals not yet broken down by partner.
    let notBrokenDown: Int64
    /// Part of ``total`` written as country totals not yet broken down by sector (in no
    /// sector's figures; included in ``notBrokenDown``).
    let notBySector: Int64
    /// Appealing partners with a requirement in scope: the union, sorted.
    let partners: [String]
    /// The number of appealing partners to publish: the headline's declared count when it has
    /// one (a plan whose requirements are totals not yet broken down knows it before the
    /// partner lines), else the partners with a requirement.
    let partnerCount: Int
    let localPartners: [String]
    let bySector: [(sector: String, amount: Int64)]
    let byPlace: [(place: ChapterPlace, amount: Int64)]
    let byPlaceSector: [ChapterPlace: [String: Int64]]
    let byPartner: [(partner: String, amount: Int64)]
    /// The declared type of each partner of ``byPartner`` (same order; `nil` for an undeclared
    /// one), looked up once instead of once per partner type and table.
    let partnerTypes: [PartnerType?]
    let byPartnerPlace: [String: [ChapterPlace: Int64]]
    let byPartnerSector: [String: [String: Int64]]

    init(plan: Plan, scope: DocumentScope, index: PlanIndex) {
        let all = plan.consolidation
        switch scope {
        case .regional:
            places = plan.places.filter { p in
                p.narrative != nil || !p.sectors.isEmpty || (all.place(p.place)?.total ?? 0) > 0
            }
            cells = all.cells
            unallocated = all.unallocated
            population = all.population
        case .place(let place):
            places = plan.places.filter { $0.place == place }
            cells = all.cells.filter { $0.place == place }
            unallocated = all.place(place)?.unallocated ?? 0
            population = all.place(place)?.population ?? []
        }
        var sector: [String: Int64] = [:], place: [ChapterPlace: Int64] = [:], partner: [String: Int64] = [:]
        var withoutPartners: Int64 = 0, withoutSectors: Int64 = 0
        var placeSector: [ChapterPlace: [String: Int64]] = [:], partnerPlace: [String: [ChapterPlace: Int64]] = [:]
        var partnerSector: [String: [String: Int64]] = [:]
        // Each sum is updated in place (`add(_:to:)`): one hash lookup per table and level
        // instead of one to read and another to write.
        for c in cells {
            Self.add(c.amount, to: &place[c.place, default: 0])
            if let s = c.sector {
                Self.add(c.amount, to: &sector[s, default: 0])
                Self.add(c.amount, to: &placeSector[c.place, default: [:]][s, default: 0])
            } else {
                Self.add(c.amount, to: &withoutSectors)
            }
            guard let id = c.partner else {
                Self.add(c.amount, to: &withoutPartners)
                continue
            }
            Self.add(c.amount, to: &partner[id, default: 0])
            Self.add(c.amount, to: &partnerPlace[id, default: [:]][c.place, default: 0])
            if let s = c.sector {
                Self.add(c.amount, to: &partnerSector[id, default: [:]][s, default: 0])
            }
        }
        total = cells.clampedSum(\.amount)
        partners = partner.keys.sorted()
        let declared: Int? = switch scope {
        case .regional: plan.headline?.partners
        case .place(let p): plan.places.first { $0.place == p }?.headline?.partners
        }
        partnerCount = max(declared ?? 0, partners.count)
        localPartners = partners.filter { index.partner($0)?.local ?? false }
        bySector = sector.sorted { (index.sectorRank($0.key), $0.key) < (index.sectorRank($1.key), $1.key) }.map { ($0.key, $0.value) }
        let placeRank = Dictionary(plan.places.enumerated().map { ($0.element.place, $0.offset) }, uniquingKeysWith: { a, _ in a })
        byPlace = place.sorted { (placeRank[$0.key] ?? Int.max, $0.key.code) < (placeRank[$1.key] ?? Int.max, $1.key.code) }.map { ($0.key, $0.value) }
        byPlaceSector = placeSector
        byPartner = partner.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        partnerTypes = byPartner.map { index.partner($0.partner)?.type }
        byPartnerPlace = partnerPlace
        byPartnerSector = partnerSector
        notBrokenDown = withoutPartners
        notBySector = withoutSectors
    }

    /// Adds `amount` to `sum`, clamped (``FixedWidthInteger/addingClamped(_:)``).
    @inline(__always)
    private static func add(_ amount: Int64, to sum: inout Int64) {
        sum = sum.addingClamped(amount)
    }

    /// Totals by partner type, in ``PartnerType`` declaration order, with the number of partners.
    var byPartnerType: [(type: PartnerType, amount: Int64, partners: Int)] {
        PartnerType.allCases.compactMap { type in
            var amount: Int64 = 0, count = 0
            for (entry, entryType) in zip(byPartner, partnerTypes) where entryType == type {
                amount = amount.addingClamped(entry.amount)
                count += 1
            }
            return count == 0 ? nil : (type, amount, count)
        }
    }

    /// People planned (sum over groups; the regional level is already left out by the compiler).
    var plannedPopulation: Int { population.clampedSum(\.planned) }
}
