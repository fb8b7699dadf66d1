/// Funding received against the plan's requirements, computed by the compiler from funding
/// records (FTS flow exports, HXL funding tables) matched to the plan's partners, places and
/// sectors. Only matched records that count are in it: every other record was reported.
///
/// Amounts are whole USD. `coverage` is received ÷ required (0 when nothing is required). The
/// lists follow the consolidation's order (places in the plan's order, sectors in registry
/// order, partners by ID, partner types in ``PartnerType`` order), with a last entry whose key
/// is ``unspecified`` for money whose country or sector the record does not say.
public struct Funding: Sendable, Hashable, Codable {
    /// The key of the part of the funding a record left without a country or sector.
    public static let unspecified = "unspecified"

    /// The files read, as named (command line or `funding: files:`), in reading order.
    public var sources: [String]
    /// The latest date of a counted record: what the funding figures are as of.
    public var asOf: PlanDate?
    /// The plan's requirements (the consolidation's total).
    public var required: Int64
    /// The sum of the counted records.
    public var received: Int64
    /// How many records were counted.
    public var records: Int
    /// How many records were read but not counted (each reported).
    public var excluded: Int
    public var byPlace: [FundingTotal]
    public var bySector: [FundingTotal]
    public var byPartner: [FundingTotal]
    public var byPartnerType: [FundingTotal]
    /// Received by place × sector × partner (``unspecified`` where the record does not say).
    public var cells: [FundingCell]

    public init(
        sources: [String], asOf: PlanDate?, required: Int64, received: Int64, records: Int, excluded: Int, byPlace: [FundingTotal],
        bySector: [FundingTotal], byPartner: [FundingTotal], byPartnerType: [FundingTotal], cells: [FundingCell]
    ) {
        self.sources = sources
        self.asOf = asOf
        self.required = required
        self.received = received
        self.records = records
        self.excluded = excluded
        self.byPlace = byPlace
        self.bySector = bySector
        self.byPartner = byPartner
        self.byPartnerType = byPartnerType
        self.cells = cells
    }

    /// Required minus received, never below 0.
    public var gap: Int64 { max(0, required.subtractingClamped(received)) }
    /// Received ÷ required, 0 when nothing is required.
    public var coverage: Double { FundingTotal.share(received, of: required) }
}

/// Requirements and funding received for one place, sector, partner or partner type.
public struct FundingTotal: Sendable, Hashable, Codable {
    /// The place code, sector ID, partner ID or partner type; ``Funding/unspecified`` for money
    /// a record does not place.
    public var key: String
    public var required: Int64
    public var received: Int64

    public init(key: String, required: Int64, received: Int64) {
        self.key = key
        self.required = required
        self.received = received
    }

    /// Required minus received, never below 0.
    public var gap: Int64 { max(0, required.subtractingClamped(received)) }
    /// Received ÷ required, 0 when nothing is required.
    public var coverage: Double { Self.share(received, of: required) }

    static func share(_ part: Int64, of whole: Int64) -> Double { whole <= 0 ? 0 : Double(part) / Double(whole) }
}

/// Funding received by one partner in one place and sector.
public struct FundingCell: Sendable, Hashable, Codable {
    /// The place code, or ``Funding/unspecified``.
    public var place: String
    /// The sector ID, or ``Funding/unspecified``.
    public var sector: String
    public var partner: String
    public var received: Int64

    public init(place: String, sector: String, partner: String, received: Int64) {
        self.place = place
        self.sector = sector
        self.partner = partner
        self.received = received
    }
}
