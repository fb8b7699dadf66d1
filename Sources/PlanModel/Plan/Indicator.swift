/// An indicator of a sector chapter's monitoring framework, as written (no ranges).
public struct Indicator: Sendable, Hashable, Codable {
    /// Unique within the plan (`PRT-01`).
    public var id: String
    /// What is measured, as written.
    public var name: String?
    /// `OA1`...`OA16`.
    public var outcomeArea: String?
    /// `percent`, `number`, `people`... as written.
    public var unit: String?
    /// The value at the start of the plan.
    public var baseline: IndicatorValue?
    /// The value aimed for by the end of the plan.
    public var target: IndicatorValue?

    public init(id: String, name: String? = nil, outcomeArea: String? = nil, unit: String? = nil, baseline: IndicatorValue? = nil, target: IndicatorValue? = nil) {
        self.id = id
        self.name = name
        self.outcomeArea = outcomeArea
        self.unit = unit
        self.baseline = baseline
        self.target = target
    }

    /// The values of a located header ``IndicatorDeclaration``.
    public init(_ declaration: IndicatorDeclaration) {
        self.init(
            id: declaration.id.value, name: declaration.name?.value, outcomeArea: declaration.outcomeArea?.value,
            unit: declaration.unit?.value, baseline: declaration.baseline?.value, target: declaration.target?.value
        )
    }
}
