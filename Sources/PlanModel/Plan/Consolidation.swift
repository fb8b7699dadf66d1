/// Totals computed by the compiler from the chapters' requirement lines and planning figures.
///
/// Only appealing partners count (not the government, not implementing partners); sub-sector
/// chapters roll up into their sector. Amounts are whole USD. Every list is sorted: places in the
/// plan's place order, sectors in registry order, partners by ID, years ascending (undated first).
public struct Consolidation: Sendable, Hashable, Codable {
    /// The plan total.
    public var total: Int64
    /// The plan total by year. In a single-year plan everything is in that year; in a multi-year
    /// plan an amount written for the whole period has `year == nil`.
    public var byYear: [AnnualAmount]
    /// Per place: totals, sectors, partners and planning figures.
    public var places: [PlaceConsolidation]
    /// Plan totals by sector (sub-sectors included), in registry order.
    public var bySector: [SectorTotal]
    /// Plan totals by appealing partner, by partner ID.
    public var byPartner: [PartnerTotal]
    /// Plan totals by partner type, in ``PartnerType`` declaration order; types without
    /// requirements are left out.
    public var byPartnerType: [PartnerTypeTotal]
    /// Requirements by place x sector x partner (sub-sectors rolled up), the finest grain.
    public var cells: [RequirementCell]
    /// IDs of the appealing partners with at least one requirement anywhere: the union over all
    /// places (a partner in several countries counts once), sorted.
    public var appealingPartners: [String]
    /// The subset of ``appealingPartners`` that are local actors, sorted.
    public var localPartners: [String]
    /// Requirements of local appealing partners.
    public var localRequirements: Int64
    /// Planning figures by population group, summed over countries and sub-regions (the
    /// regional level is not added: it covers the same people).
    public var population: [PopulationTotal]
    /// The remainder the headline declares on purpose (`headline: unallocated:`); 0 when none.
    /// It is not part of ``total``.
    public var unallocated: Int64
    /// The part of ``total`` written as chapter totals not yet broken down by partner
    /// (`total-requirement:`); it is in every total but in no partner's.
    public var notBrokenDown: Int64

    public init(
        total: Int64 = 0, byYear: [AnnualAmount] = [], places: [PlaceConsolidation] = [], bySector: [SectorTotal] = [],
        byPartner: [PartnerTotal] = [], byPartnerType: [PartnerTypeTotal] = [], cells: [RequirementCell] = [],
        appealingPartners: [String] = [], localPartners: [String] = [], localRequirements: Int64 = 0,
        population: [PopulationTotal] = [], unallocated: Int64 = 0, notBrokenDown: Int64 = 0
    ) {
        self.notBrokenDown = notBrokenDown
        self.total = total
        self.byYear = byYear
        self.places = places
        self.bySector = bySector
        self.byPartner = byPartner
        self.byPartnerType = byPartnerType
        self.cells = cells
        self.appealingPartners = appealingPartners
        self.localPartners = localPartners
        self.localRequirements = localRequirements
        self.population = population
        self.unallocated = unallocated
    }

    /// The number of appealing partners (size of the union, never a sum of country counts).
    public var partnerCount: Int { appealingPartners.count }

    /// Share of local actors among appealing partners, 0...1 (0 when there are none).
    public var localPartnerShare: Double { partnerCount == 0 ? 0 : Double(localPartners.count) / Double(partnerCount) }

    /// Share of the total requested by local actors, 0...1 (0 when the total is 0).
    public var localRequirementShare: Double { total == 0 ? 0 : Double(localRequirements) / Double(total) }

    /// The consolidation of `place`, if it has one.
    public func place(_ place: ChapterPlace) -> PlaceConsolidation? {
        for i in places.indices where places[i].place == place { return places[i] }
        return nil
    }
}
