/// The front matter of a sector chapter (`chapter: sector`): one sector (or sub-sector) in one
/// country, sub-region or at the regional level.
public struct SectorHeader: Sendable, Hashable {
    public var place: Located<ChapterPlace>
    public var sector: Located<String>
    /// Set when the chapter is a sub-sector's (`subsector: gbv`); it rolls up into `sector`.
    public var subsector: Located<String>?
    public var language: Located<String>?
    public var population: [PopulationFigures]
    /// Admin-1 names of intervention locations.
    public var locations: [Located<String>]
    public var assumptions: [Located<String>]
    public var indicators: [IndicatorDeclaration]
    public var requirements: [RequirementLine]
    /// The chapter's requirement as a total not yet broken down by partner
    /// (`total-requirement:`): for the whole period or per year.
    public var totalRequirement: [YearAmount]
    /// `status:`, `cleared-by:`, `cleared-on:`.
    public var clearance = Clearance()

    public init(
        place: Located<ChapterPlace>, sector: Located<String>, subsector: Located<String>? = nil, language: Located<String>? = nil,
        population: [PopulationFigures] = [], locations: [Located<String>] = [], assumptions: [Located<String>] = [],
        indicators: [IndicatorDeclaration] = [], requirements: [RequirementLine] = [], totalRequirement: [YearAmount] = []
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
    }
}

/// Planning figures for one population group.
public struct PopulationFigures: Sendable, Hashable {
    public var group: Located<PopulationGroup>
    public var planned: Located<Int>?
    public var inNeed: Located<Int>?
    public var targeted: Located<Int>?
    public var sex: Located<SexSplit>?
    public var age: Located<[AgeShare]>?

    public init(
        group: Located<PopulationGroup>, planned: Located<Int>? = nil, inNeed: Located<Int>? = nil, targeted: Located<Int>? = nil,
        sex: Located<SexSplit>? = nil, age: Located<[AgeShare]>? = nil
    ) {
        self.group = group
        self.planned = planned
        self.inNeed = inNeed
        self.targeted = targeted
        self.sex = sex
        self.age = age
    }
}

/// An indicator of the monitoring framework.
public struct IndicatorDeclaration: Sendable, Hashable {
    public var id: Located<String>
    public var name: Located<String>?
    public var outcomeArea: Located<String>?
    /// `percent`, `number`, `people`... as written.
    public var unit: Located<String>?
    public var baseline: Located<IndicatorValue>?
    public var target: Located<IndicatorValue>?
    /// The whole `- id: ...` item.
    public var range: SourceRange

    public init(
        id: Located<String>, name: Located<String>? = nil, outcomeArea: Located<String>? = nil, unit: Located<String>? = nil,
        baseline: Located<IndicatorValue>? = nil, target: Located<IndicatorValue>? = nil, range: SourceRange
    ) {
        self.id = id
        self.name = name
        self.outcomeArea = outcomeArea
        self.unit = unit
        self.baseline = baseline
        self.target = target
        self.range = range
    }
}

/// A baseline or target: a percentage or a number.
public enum IndicatorValue: Sendable, Hashable, Codable, CustomStringConvertible {
    case percent(Percent)
    case number(Double)

    public var description: String {
        switch self {
        case .percent(let p): p.description
        case .number(let n): n == n.rounded() && abs(n) < 1e15 ? Money.grouped(Int64(n)) : IndicatorValue.plainDigits(n) ?? "–"
        }
    }

    /// A number as plain digits, the one way outputs write it: `1500`, `3.5`, `0.25`; `nil` when
    /// it is not finite, so that no output ever holds `inf` or `nan` (the parser accepts at
    /// most 15 digits, so a written number always has digits).
    public static func plainDigits(_ n: Double) -> String? {
        guard n.isFinite else { return nil }
        return n == n.rounded() && abs(n) < 1e15 ? String(Int64(n)) : String(n)
    }
}

/// One partner's requirement in a sector chapter, for the whole period or per year.
public struct RequirementLine: Sendable, Hashable {
    public var partner: Located<String>
    public var amounts: [YearAmount]

    public init(partner: Located<String>, amounts: [YearAmount]) {
        self.partner = partner
        self.amounts = amounts
    }
}

/// An amount for one year (`2026: USD 25M`) or, with `year == nil`, for the whole period.
public struct YearAmount: Sendable, Hashable {
    public var year: Located<Int>?
    public var money: Located<Money>

    public init(year: Located<Int>? = nil, money: Located<Money>) {
        self.year = year
        self.money = money
    }
}
