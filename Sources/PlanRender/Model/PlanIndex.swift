import Foundation
import PlanModel

/// Lookups over a plan that every part of a document needs: names of sectors, partners and
/// places in the document's language.
struct PlanIndex {
    let plan: Plan
    let labels: Labels
    /// Numbers, money and shares in the document's language.
    let numbers: Numbers
    /// The latest result of each indicator with one, by indicator ID (empty without `--progress`).
    let progress: [String: IndicatorProgress]
    private let partners: [String: Partner]
    private let sectors: [String: Sector]
    private let sectorOrder: [String: Int]
    /// Each place's name in the document's language (a lookup per table row otherwise walks
    /// the place plans and asks the locale data).
    private let placeNames: [ChapterPlace: String]
    /// Each place's heading: its chapter's `title:` when the chapter is in the document's
    /// language, else its name.
    private let placeTitles: [ChapterPlace: String]

    init(plan: Plan, labels: Labels) {
        self.plan = plan
        self.labels = labels
        numbers = Numbers(labels: labels)
        progress = Dictionary((plan.progress?.indicators ?? []).map { ($0.indicator, $0) }, uniquingKeysWith: { a, _ in a })
        partners = Dictionary(plan.partners.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        sectors = Dictionary(plan.sectors.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        sectorOrder = Dictionary(plan.sectors.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { a, _ in a })
        var names: [ChapterPlace: String] = [:], titles: [ChapterPlace: String] = [:]
        for p in plan.places {
            let name = Self.name(of: p.place, in: plan, labels: labels)
            names[p.place] = names[p.place] ?? name
            titles[p.place] = titles[p.place] ?? (p.language == labels.language ? p.title ?? name : name)
        }
        placeNames = names
        placeTitles = titles
    }

    /// A place's name in the document's language: a country's from the locale data (CLDR, `Tchad`
    /// in French), else its ISO English short name; a sub-region's declared name; the regional
    /// level's label.
    private static func name(of place: ChapterPlace, in plan: Plan, labels: Labels) -> String {
        switch place {
        case .regional: return labels["regional"]
        case .subRegion(let id): return plan.subRegions.first { $0.id == id }?.name ?? id
        case .country(let c): return LocalePatterns.countryName(c.code, language: labels.language) ?? c.name
        }
    }

    func partner(_ id: String) -> Partner? { partners[id] }

    /// The partner's full name, else its ID.
    func partnerName(_ id: String) -> String { partners[id]?.name ?? id }

    /// The partner type's label, empty for an undeclared partner.
    func partnerTypeLabel(_ id: String) -> String { partners[id].map { typeLabel($0.type) } ?? "" }

    func typeLabel(_ type: PartnerType) -> String { labels["partnerType." + type.rawValue] }

    func groupLabel(_ group: PopulationGroup) -> String { labels["group." + group.rawValue] }

    /// The registry name of a sector in the document's language (else its first name), else its ID.
    func sectorName(_ id: String) -> String { sectors[id]?.name(in: labels.language) ?? id }

    /// The plan's title in the document's language.
    var planTitle: String { plan.title(in: labels.language) }

    /// Registry position of a sector (unknown sectors last).
    func sectorRank(_ id: String) -> Int { sectorOrder[id] ?? Int.max }

    /// `Protection`, or `Protection: Gender-based violence` for a sub-sector chapter: the name
    /// the registry declares (block form of `subsectors:`), else one derived from the ID
    /// (upper-cased when it is a short acronym: `Protection: GBV`).
    func sectorTitle(_ sector: String, subsector: String?) -> String {
        guard let subsector else { return sectorName(sector) }
        if let declared = sectors[sector]?.subsectorName(subsector, in: labels.language) { return sectorName(sector) + labels["colon"] + " " + declared }
        let words = subsector.split(separator: "-").map(String.init)
        let shown = words.count == 1 && subsector.count <= 4
            ? subsector.uppercased()
            : words.enumerated().map { $0.offset == 0 ? $0.element.prefix(1).uppercased() + $0.element.dropFirst() : $0.element }.joined(separator: " ")
        return sectorName(sector) + labels["colon"] + " " + shown
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

    /// The display name of a place in the document's language (never a chapter's title, which
    /// may be in another language).
    func placeName(_ place: ChapterPlace) -> String {
        placeNames[place] ?? Self.name(of: place, in: plan, labels: labels)
    }

    /// The heading of a place's chapter: its `title:` when the chapter is written in the
    /// document's language, else the place's name.
    func placeTitle(_ place: ChapterPlace) -> String { placeTitles[place] ?? placeName(place) }
}
