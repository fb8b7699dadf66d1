/// Planning figures for one population group, combined.
///
/// Within one place, several sector chapters target overlapping people, so the place's figure
/// for a group is the **maximum** over its chapters (planned, in need and targeted separately),
/// never the sum; the sex and age shares are those of the chapter that gives the largest planned
/// figure (else the largest targeted). Across places (plan level) figures are **summed**: places
/// hold different people. The regional level is not added to the plan's figures.
public struct PopulationTotal: Sendable, Hashable, Codable {
    /// Refugees, host community...
    public var group: PopulationGroup
    /// Planned population (0 when no chapter gives one).
    public var planned: Int
    /// People in need (0 when no chapter gives one).
    public var inNeed: Int
    /// People targeted (0 when no chapter gives one).
    public var targeted: Int
    /// Sex split in percent (place level only: the chosen chapter's).
    public var sex: SexSplit?
    /// Age breakdown in percent (place level only: the chosen chapter's).
    public var age: [AgeShare]
    /// The planned figure (else targeted) broken down into counts; at plan level the sum of the
    /// places' counts.
    public var breakdown: DemographicCounts?

    public init(
        group: PopulationGroup, planned: Int = 0, inNeed: Int = 0, targeted: Int = 0, sex: SexSplit? = nil, age: [AgeShare] = [],
        breakdown: DemographicCounts? = nil
    ) {
        self.group = group
        self.planned = planned
        self.inNeed = inNeed
        self.targeted = targeted
        self.sex = sex
        self.age = age
        self.breakdown = breakdown
    }
}

/// A population figure broken down into people by sex and by age bracket (rounded to whole people).
public struct DemographicCounts: Sendable, Hashable, Codable {
    /// Women and girls.
    public var female: Int?
    /// Men and boys.
    public var male: Int?
    /// People by age bracket, youngest first.
    public var byAge: [AgeCount]

    public init(female: Int? = nil, male: Int? = nil, byAge: [AgeCount] = []) {
        self.female = female
        self.male = male
        self.byAge = byAge
    }
}

/// People in one age bracket.
public struct AgeCount: Sendable, Hashable, Codable {
    /// The age bracket.
    public var bracket: AgeBracket
    /// People in the bracket.
    public var count: Int

    public init(bracket: AgeBracket, count: Int) {
        self.bracket = bracket
        self.count = count
    }
}
