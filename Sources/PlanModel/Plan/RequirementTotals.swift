/// Requirements of one sector (its sub-sectors included).
public struct SectorTotal: Sendable, Hashable, Codable {
    /// The registry sector ID.
    public var sector: String
    /// Whole USD.
    public var amount: Int64
    /// ``amount`` by year, undated first.
    public var byYear: [AnnualAmount]

    public init(sector: String, amount: Int64, byYear: [AnnualAmount] = []) {
        self.sector = sector
        self.amount = amount
        self.byYear = byYear
    }
}

/// Requirements of one appealing partner over the whole plan.
public struct PartnerTotal: Sendable, Hashable, Codable {
    /// The partner ID.
    public var partner: String
    /// The partner type.
    public var type: PartnerType
    /// Whether the partner is a local actor.
    public var local: Bool
    /// Whole USD.
    public var amount: Int64

    public init(partner: String, type: PartnerType, local: Bool, amount: Int64) {
        self.partner = partner
        self.type = type
        self.local = local
        self.amount = amount
    }
}

/// Requirements of all appealing partners of one type.
public struct PartnerTypeTotal: Sendable, Hashable, Codable {
    /// The partner type.
    public var type: PartnerType
    /// Whole USD.
    public var amount: Int64
    /// How many distinct appealing partners of this type have requirements.
    public var partners: Int

    public init(type: PartnerType, amount: Int64, partners: Int) {
        self.type = type
        self.amount = amount
        self.partners = partners
    }
}

/// One cell of the place x sector x partner table.
public struct RequirementCell: Sendable, Hashable, Codable {
    /// The country, sub-region or regional level.
    public var place: ChapterPlace
    /// The registry sector (sub-sector chapters rolled up); `nil` for a country chapter's
    /// `total-requirement:` not yet broken down by sector.
    public var sector: String?
    /// The partner ID; `nil` for a chapter's `total-requirement:` not yet broken down by partner.
    public var partner: String?
    /// Whole USD.
    public var amount: Int64
    /// ``amount`` by year, undated first.
    public var byYear: [AnnualAmount]

    public init(place: ChapterPlace, sector: String?, partner: String?, amount: Int64, byYear: [AnnualAmount] = []) {
        self.place = place
        self.sector = sector
        self.partner = partner
        self.amount = amount
        self.byYear = byYear
    }
}
