import PlanModel

/// Lookups over a plan that every part of a document needs: names of sectors, partners and
/// places in the document's language.
struct PlanIndex {
    let plan: Plan
    let labels: Labels
    private let partners: [String: Partner]
    private let sectors: [String: Sector]
    private let sectorOrder: [String: Int]
    /// Each place's chapter title, else its name (a lookup per table row otherwise walks the
    /// place plans).
    private let placeNames: [ChapterPlace: String]

    init(plan: Plan, labels: Labels) {
        self.plan = plan
        self.labels = labels
        partners = Dictionary(plan.partners.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        sectors = Dictionary(plan.sectors.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        sectorOrder = Dictionary(plan.sectors.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { a, _ in a })
        placeNames = Dictionary(plan.places.map { ($0.place, $0.title ?? $0.name) }, uniquingKeysWith: { a, _ in a })
    }

    func partner(_ id: String) -> Partner? { partners[id] }

    /// The partner's full name, else its ID.
    func partnerName(_ id: String) -> String { partners[id]?.name ?? id }

    /// The partner type's label, empty for an undeclared partner.
    func partnerTypeLabel(_ id: String) -> String { partners[id].map { typeLabel($0.type) } ?? "" }

    func typeLabel(_ type: PartnerType) -> String { labels["partnerType." + type.rawValue] }

    func groupLabel(_ group: PopulationGroup) -> String { labels["group." + group.rawValue] }

    /// The registry name of a sector, else its ID.
    func sectorName(_ id: String) -> String { sectors[id]?.name ?? id }

    /// Registry position of a sector (unknown sectors last).
    func sectorRank(_ id: String) -> Int { sectorOrder[id] ?? Int.max }

    /// `Protection`, or `Protection: Gender-based violence` for a sub-sector chapter: the name
    /// the registry declares (block form of `subsectors:`), else one derived from the ID
    /// (upper-cased when it is a short acronym: `Protection: GBV`).
    func sectorTitle(_ sector: String, subsector: String?) -> String {
        guard let subsector else { return sectorName(sector) }
        if let declared = sectors[sector]?.subsectorNames[subsector] { return sectorName(sector) + ": " + declared }
        let words = subsector.split(separator: "-").map(String.init)
        let shown = words.count == 1 && subsector.count <= 4
            ? subsector.uppercased()
            : words.enumerated().map { $0.offset == 0 ? $0.element.prefix(1).uppercased() + $0.element.dropFirst() : $0.element }.joined(separator: " ")
        return sectorName(sector) + ": " + shown
    }

    /// The name data files use: the ISO 3166 English short name of a country, the declared name
    /// of a sub-region, `Regional` (not translated, not the chapter's title).
    func dataName(_ place: ChapterPlace) -> String {
        switch place {
        case .country(let c): c.name
        case .subRegion(let id): plan.subRegions.first { $0.id == id }?.name ?? id
        case .regional: "Regional"
        }
    }

    /// The display name of a place: the country chapter's title, else its name; the regional
    /// level in the document's language.
    func placeName(_ place: ChapterPlace) -> String {
        if place == .regional { return labels["regional"] }
        if let name = placeNames[place] { return name }
        if case .country(let c) = place { return c.name }
        return plan.subRegions.first { $0.id == place.code }?.name ?? place.code
    }
}
