/// The chapters of one place: a country, a sub-region (RMRP) or the regional level.
public struct PlacePlan: Sendable, Hashable, Codable {
    /// The country, sub-region or regional level.
    public var place: ChapterPlace
    /// Display name: the country's name, the sub-region's name, or `Regional`.
    public var name: String
    /// The country chapter's `title:`, if written.
    public var title: String?
    /// The country chapter's language, else the plan's.
    public var language: String
    /// The sub-region this country belongs to (RMRP), if any.
    public var subRegion: String?
    /// Figures the country chapter declares about itself, as written.
    public var headline: HeadlineFigures?
    /// The country chapter's own period, inside the plan's; `nil` when it has none (the plan's
    /// period applies).
    public var period: Period?
    /// The country chapter's body (`chapter: country`); `nil` when the place has no such chapter
    /// (the regional level usually has none).
    public var narrative: Narrative?
    /// Sector chapters, in the registry's sector order; a sector before its sub-sectors.
    public var sectors: [SectorPlan]
    /// The country chapter's requirement as a total (`total-requirement:`), by year as for a
    /// requirement line; it counts while the sector chapters state no requirement.
    public var totalRequirement: [AnnualAmount]

    public init(
        place: ChapterPlace, name: String, title: String? = nil, language: String, subRegion: String? = nil,
        headline: HeadlineFigures? = nil, period: Period? = nil, narrative: Narrative? = nil, sectors: [SectorPlan] = [],
        totalRequirement: [AnnualAmount] = []
    ) {
        self.place = place
        self.totalRequirement = totalRequirement
        self.name = name
        self.title = title
        self.language = language
        self.subRegion = subRegion
        self.headline = headline
        self.period = period
        self.narrative = narrative
        self.sectors = sectors
    }
}
