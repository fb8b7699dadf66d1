/// What kind of plan a plan file declares.
public enum PlanKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// One situation across several host countries.
    case regional
    /// All refugee populations in one country.
    case country
    /// Refugee and Migrant Response Plan: countries and sub-regions.
    case rmrp
}

/// The front matter of the plan file (`plan.md`).
public struct PlanHeader: Sendable, Hashable {
    public var title: Located<String>
    /// The title by language when `plan:` is a block of `LANGUAGE: title` lines (``title`` is
    /// then the first); empty for a single title.
    public var titles: [String: Located<String>] = [:]
    public var kind: Located<PlanKind>
    public var period: Located<Period>
    /// `launch`, `revision`, `mid-year`, `emergency`... as written.
    public var version: Located<String>
    /// BCP 47 primary language: `en`, `fr`, `es`, `ar`, `zh`.
    public var language: Located<String>
    public var countries: [Located<CountryCode>]
    public var subRegions: [SubRegionDeclaration]
    public var sectors: [SectorDeclaration]
    public var partners: [PartnerDeclaration]
    public var headline: Headline?
    /// `illustrative: yes` marks every output as illustrative data.
    /// `status:`, `cleared-by:`, `cleared-on:` of the plan file (the regional overview).
    public var clearance = Clearance()
    public var illustrative: Bool
    /// `lint:` settings for the agency-neutral language linter.
    public var lint: LintSettings
    /// `sections:` extra headings for required parts.
    public var sectionVocabulary: SectionVocabularySettings
    /// `funding:` files in the plan folder and name mappings.
    public var funding: FundingSettings
    /// `progress:` indicator-result files in the plan folder.
    public var progress = ProgressSettings()
    /// `code:` the plan's code in OCHA's planning and tracking systems (HPC, FTS), if known.
    public var code: Located<String>?
    /// `revision:` which version of the plan this is.
    public var revision: RevisionInfo?
    /// `published:` the publication date the documents carry (`nil`: not published yet).
    public var published: PlanDate?

    public init(
        title: Located<String>, kind: Located<PlanKind>, period: Located<Period>, version: Located<String>,
        language: Located<String>, countries: [Located<CountryCode>], subRegions: [SubRegionDeclaration] = [],
        sectors: [SectorDeclaration], partners: [PartnerDeclaration], headline: Headline? = nil, illustrative: Bool = false,
        lint: LintSettings = LintSettings(), sectionVocabulary: SectionVocabularySettings = SectionVocabularySettings(),
        funding: FundingSettings = FundingSettings(), code: Located<String>? = nil, revision: RevisionInfo? = nil
    ) {
        self.title = title
        self.kind = kind
        self.period = period
        self.version = version
        self.language = language
        self.countries = countries
        self.subRegions = subRegions
        self.sectors = sectors
        self.partners = partners
        self.headline = headline
        self.illustrative = illustrative
        self.lint = lint
        self.sectionVocabulary = sectionVocabulary
        self.funding = funding
        self.code = code
        self.revision = revision
    }
}

/// A sector in the plan's registry.
public struct SectorDeclaration: Sendable, Hashable {
    public var id: Located<String>
    public var name: Located<String>
    /// Sub-sector IDs in declaration order (`subsectors: gbv, child-protection`, or the keys of
    /// the block form).
    public var subsectors: [Located<String>]
    /// Display names of sub-sectors declared in the block form (`gbv: Gender-based violence`),
    /// by sub-sector ID; empty for the list form.
    public var subsectorNames: [String: Located<String>]
    /// Outcome areas `OA1`...`OA16` the sector maps to.
    public var outcomeAreas: [Located<String>]
    /// The name in each language, when `name:` is a block of `LANGUAGE: name` lines (``name`` is
    /// then the first); empty for a single name.
    public var names: [String: Located<String>]
    /// Sub-sector names in each language, by sub-sector ID then language, for sub-sectors whose
    /// name is a block of `LANGUAGE: name` lines (``subsectorNames`` holds the first).
    public var subsectorNamesByLanguage: [String: [String: Located<String>]]

    public init(
        id: Located<String>, name: Located<String>, subsectors: [Located<String>] = [], outcomeAreas: [Located<String>] = [],
        subsectorNames: [String: Located<String>] = [:], names: [String: Located<String>] = [:],
        subsectorNamesByLanguage: [String: [String: Located<String>]] = [:]
    ) {
        self.id = id
        self.name = name
        self.subsectors = subsectors
        self.subsectorNames = subsectorNames
        self.outcomeAreas = outcomeAreas
        self.names = names
        self.subsectorNamesByLanguage = subsectorNamesByLanguage
    }
}

/// A partner in the plan's registry.
public struct PartnerDeclaration: Sendable, Hashable {
    /// The partner's key (`UNHCR`, `NRC`): what requirements refer to.
    public var id: Located<String>
    public var name: Located<String>
    public var type: Located<PartnerType>
    /// `local: yes`: a national or local actor (counts towards localization).
    public var local: Bool
    /// `implementing-for: X`: an implementing partner of appealing partner X.
    public var implementingFor: Located<String>?

    public init(id: Located<String>, name: Located<String>, type: Located<PartnerType>, local: Bool = false, implementingFor: Located<String>? = nil) {
        self.id = id
        self.name = name
        self.type = type
        self.local = local
        self.implementingFor = implementingFor
    }
}

/// A sub-region of an RMRP (`southern-cone`), grouping countries.
public struct SubRegionDeclaration: Sendable, Hashable {
    public var id: Located<String>
    public var name: Located<String>
    public var countries: [Located<CountryCode>]

    public init(id: Located<String>, name: Located<String>, countries: [Located<CountryCode>]) {
        self.id = id
        self.name = name
        self.countries = countries
    }
}

/// Figures a plan or country chapter declares about itself (as published), which the compiler
/// compares with what it computes.
public struct Headline: Sendable, Hashable {
    /// The headline requirement: one amount for the whole period (`year == nil`), one amount for
    /// one year (`for: 2019`), or one amount per year (a block of `2019: USD ...` lines).
    public var requirements: [YearAmount]
    public var partners: Located<Int>?
    public var population: Located<Int>?
    /// A remainder the headline declares on purpose (`unallocated:`), with its reason.
    public var unallocated: DeclaredRemainder?

    public init(requirements: [YearAmount] = [], partners: Located<Int>? = nil, population: Located<Int>? = nil, unallocated: DeclaredRemainder? = nil) {
        self.requirements = requirements
        self.partners = partners
        self.population = population
        self.unallocated = unallocated
    }
}

/// `headline: unallocated:`: the part of a headline requirement that no line covers yet, declared
/// with its reason, for the whole period or for one year (`for:`).
public struct DeclaredRemainder: Sendable, Hashable {
    public var amount: Located<Money>
    public var reason: Located<String>
    public var year: Located<Int>?

    public init(amount: Located<Money>, reason: Located<String>, year: Located<Int>? = nil) {
        self.amount = amount
        self.reason = reason
        self.year = year
    }
}
