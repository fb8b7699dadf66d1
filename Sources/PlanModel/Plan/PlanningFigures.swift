/// Planning figures for one population group in one chapter, as written (no ranges).
public struct PlanningFigures: Sendable, Hashable, Codable {
    /// Refugees, host community...
    public var group: PopulationGroup
    /// Planned population.
    public var planned: Int?
    /// People in need.
    public var inNeed: Int?
    /// People targeted.
    public var targeted: Int?
    /// Sex split in percent, if written.
    public var sex: SexSplit?
    /// Age breakdown in percent, if written (empty otherwise).
    public var age: [AgeShare]

    public init(group: PopulationGroup, planned: Int? = nil, inNeed: Int? = nil, targeted: Int? = nil, sex: SexSplit? = nil, age: [AgeShare] = []) {
        self.group = group
        self.planned = planned
        self.inNeed = inNeed
        self.targeted = targeted
        self.sex = sex
        self.age = age
    }

    /// The values of a located header ``PopulationFigures``.
    public init(_ figures: PopulationFigures) {
        self.init(
            group: figures.group.value, planned: figures.planned?.value, inNeed: figures.inNeed?.value,
            targeted: figures.targeted?.value, sex: figures.sex?.value, age: figures.age?.value ?? []
        )
    }
}
