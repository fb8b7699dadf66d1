/// One sector (or sub-sector) chapter of one place: its data and its narrative.
public struct SectorPlan: Sendable, Hashable, Codable {
    /// The country, sub-region or regional level.
    public var place: ChapterPlace
    /// The registry sector ID; a sub-sector chapter keeps its parent here.
    public var sector: String
    /// The sub-sector ID when the chapter is a sub-sector's (`gbv`); it rolls up into `sector`.
    public var subsector: String?
    /// The chapter's language, else the country chapter's, else the plan's.
    public var language: String
    /// Planning figures by population group, in ``PopulationGroup`` order.
    public var population: [PlanningFigures]
    /// Admin-1 names of intervention locations, as written.
    public var locations: [String]
    /// Key planning assumptions, as written.
    public var assumptions: [String]
    /// The monitoring framework, in the order written.
    public var indicators: [Indicator]
    /// Requirements by partner, in the order written (government and unknown partners included as
    /// written; only appealing partners count in ``Consolidation``).
    public var requirements: [Requirement]
    /// The chapter's requirement as a total not yet broken down by partner
    /// (`total-requirement:`), by year as for a requirement line; empty when not written.
    public var totalRequirement: [AnnualAmount]
    /// The chapter's body.
    public var narrative: Narrative

    public init(
        place: ChapterPlace, sector: String, subsector: String? = nil, language: String, population: [PlanningFigures] = [],
        locations: [String] = [], assumptions: [String] = [], indicators: [Indicator] = [], requirements: [Requirement] = [],
        totalRequirement: [AnnualAmount] = [], narrative: Narrative
    ) {
        self.totalRequirement = totalRequirement
        self.place = place
        self.sector = sector
        self.subsector = subsector
        self.language = language
        self.population = population
        self.locations = locations
        self.assumptions = assumptions
        self.indicators = indicators
        self.requirements = requirements
        self.narrative = narrative
    }

    /// The sum of this chapter's requirement lines, in USD.
    public var total: Int64 { requirements.clampedSum(\.total) }
}
