/// Figures a plan or country chapter declares about itself (`headline:`), as written, without
/// source ranges. The compiler compares them with ``Consolidation``.
public struct HeadlineFigures: Sendable, Hashable, Codable {
    /// The declared total requirement, with the precision it was written with.
    public var requirements: Money?
    /// The declared number of appealing partners.
    public var partners: Int?
    /// The declared planned population.
    public var population: Int?

    public init(requirements: Money? = nil, partners: Int? = nil, population: Int? = nil) {
        self.requirements = requirements
        self.partners = partners
        self.population = population
    }

    /// The written values of a located header ``Headline``.
    public init(_ headline: Headline) {
        self.init(requirements: headline.requirements?.value, partners: headline.partners?.value, population: headline.population?.value)
    }
}
