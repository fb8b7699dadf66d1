/// Totals for one place (country, sub-region or regional level).
public struct PlaceConsolidation: Sendable, Hashable, Codable {
    /// The country, sub-region or regional level.
    public var place: ChapterPlace
    /// Requirements of appealing partners in this place.
    public var total: Int64
    /// ``total`` by year (see ``Consolidation/byYear``).
    public var byYear: [AnnualAmount]
    /// By sector (sub-sectors rolled up), in registry order; sectors without requirements left out.
    public var bySector: [SectorTotal]
    /// Appealing partners with a requirement here, sorted.
    public var partners: [String]
    /// The local actors among ``partners``, sorted.
    public var localPartners: [String]
    /// The place's planning figures by population group, combined over its sector chapters (see
    /// ``PopulationTotal``).
    public var population: [PopulationTotal]
    /// The remainder the headline declares on purpose (`headline: unallocated:`); 0 when none.
    /// It is not part of ``total``.
    public var unallocated: Int64
    /// The part of ``total`` written as chapter totals not yet broken down by partner
    /// (`total-requirement:`); it is in every total but in no partner's.
    public var notBrokenDown: Int64

    public init(
        place: ChapterPlace, total: Int64 = 0, byYear: [AnnualAmount] = [], bySector: [SectorTotal] = [], partners: [String] = [],
        localPartners: [String] = [], population: [PopulationTotal] = [], unallocated: Int64 = 0, notBrokenDown: Int64 = 0
    ) {
        self.notBrokenDown = notBrokenDown
        self.place = place
        self.total = total
        self.byYear = byYear
        self.bySector = bySector
        self.partners = partners
        self.localPartners = localPartners
        self.population = population
        self.unallocated = unallocated
    }
}
