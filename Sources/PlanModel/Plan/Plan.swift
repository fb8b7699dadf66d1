/// The whole plan after compilation: the plan file's header data, the resolved registries, one
/// ``PlacePlan`` per country, sub-region or regional level, and the ``Consolidation`` computed
/// from the chapters (never copied from the text).
///
/// This is the typed plan AST that renderers and the JSON output read. It holds plain values
/// (no source ranges except in ``Narrative``); diagnostics point at the source instead.
public struct Plan: Sendable, Hashable, Codable {
    /// `plan:` in the plan file (the first title when it gives one per language).
    public var title: String
    /// The title by language when `plan:` is a block of `LANGUAGE: title` lines; empty otherwise.
    public var titles: [String: String]
    /// `type:` regional, country or RMRP.
    public var kind: PlanKind
    /// `period:`, both ends included.
    public var period: Period
    /// `version:` as written (`launch`, `revision`, `emergency`...).
    public var version: String
    /// `language:` of the plan file (BCP 47 primary language, `en`).
    public var language: String
    /// `illustrative: yes`: every output must say the data is illustrative.
    public var illustrative: Bool
    /// The plan file's path, as given by the user.
    public var file: String
    /// Figures the plan file declares about itself (`headline:`), as written.
    public var headline: HeadlineFigures?
    /// The partner registry, in declaration order.
    public var partners: [Partner]
    /// The sector registry, in declaration order.
    public var sectors: [Sector]
    /// Sub-regions of an RMRP, in declaration order (empty otherwise).
    public var subRegions: [SubRegion]
    /// Countries declared by the plan (`countries:`), in declaration order.
    public var countries: [CountryCode]
    /// The plan file's body: the regional (or country) overview.
    public var overview: Narrative
    /// Countries, then sub-regions, then the regional level, each in declaration order. A place
    /// appears when the plan declares it or a chapter belongs to it.
    public var places: [PlacePlan]
    /// Totals computed from the requirement lines and planning figures.
    public var consolidation: Consolidation
    /// The clearance status of every chapter the plan took in (the plan file included), by
    /// file name as in ``Narrative/file``; a chapter without `status:` is a draft.
    public var clearance: [String: ClearanceStatus] = [:]

    /// The chapters not cleared for publication, sorted: a document built from any of them
    /// carries the "draft" mark.
    public var chaptersNotCleared: [String] {
        clearance.filter { $0.value != .cleared }.keys.sorted()
    }
    /// Funding received, when funding records were given (`--funding`, `funding: files:`).
    public var funding: Funding?
    /// Progress on the indicators, when indicator results were given (`--progress`,
    /// `progress: files:`).
    public var progress: Progress? = nil
    /// `code:` the plan's code in OCHA's planning and tracking systems (HPC, FTS), if written.
    public var code: String?
    /// `revision:` which version of the plan this is, and the version it revises.
    public var revision: RevisionInfo?
    /// Translated chapter texts: the original chapter's file name (`TCD/country.md`) → language →
    /// the translation's text (`chapter: translation`). Figures stay the original's.
    public var translations: [String: [String: TranslatedText]] = [:]
    /// The foreword (`chapter: foreword`), when the plan has one.
    public var foreword: Foreword?
    /// `published:` the date of publication the documents carry, `nil` before publication.
    public var published: PlanDate?

    public init(
        title: String, kind: PlanKind, period: Period, version: String, language: String, illustrative: Bool, file: String,
        headline: HeadlineFigures? = nil, partners: [Partner], sectors: [Sector], subRegions: [SubRegion] = [],
        countries: [CountryCode], overview: Narrative, places: [PlacePlan], consolidation: Consolidation, titles: [String: String] = [:],
        funding: Funding? = nil, code: String? = nil, revision: RevisionInfo? = nil
    ) {
        self.title = title
        self.titles = titles
        self.kind = kind
        self.period = period
        self.version = version
        self.language = language
        self.illustrative = illustrative
        self.file = file
        self.headline = headline
        self.partners = partners
        self.sectors = sectors
        self.subRegions = subRegions
        self.countries = countries
        self.overview = overview
        self.places = places
        self.consolidation = consolidation
        self.funding = funding
        self.code = code
        self.revision = revision
    }

    /// The plan's title in `language`: the one given for it, else ``title``.
    public func title(in language: String) -> String { titles[language] ?? title }

    /// An emergency plan: `version: emergency`, or a period shorter than twelve months.
    public var isEmergency: Bool { version.lowercased() == "emergency" || period.months < 12 }

    /// The partner with this ID, if declared.
    public func partner(_ id: String) -> Partner? { partners.first { $0.id == id } }

    /// The sector with this ID, if declared.
    public func sector(_ id: String) -> Sector? { sectors.first { $0.id == id } }

    /// The place plan for `place`, if any.
    public func place(_ place: ChapterPlace) -> PlacePlan? {
        // By index: comparing only the place field, without copying each place plan.
        for i in places.indices where places[i].place == place { return places[i] }
        return nil
    }
}
