/// Figures a plan or country chapter declares about itself (`headline:`), as written, without
/// source ranges. The compiler compares them with ``Consolidation``.
public struct HeadlineFigures: Sendable, Hashable, Codable {
    /// The declared requirement, with the precision it was written with: one amount for the
    /// whole period (`year == nil`), one for one year, or one per year.
    public var requirements: [HeadlineAmount]
    /// The declared number of appealing partners.
    public var partners: Int?
    /// The declared planned population.
    public var population: Int?
    /// The remainder the headline declares on purpose (`unallocated:`), if any.
    public var unallocated: Remainder?

    public init(requirements: [HeadlineAmount] = [], partners: Int? = nil, population: Int? = nil, unallocated: Remainder? = nil) {
        self.requirements = requirements
        self.partners = partners
        self.population = population
        self.unallocated = unallocated
    }

    /// The written values of a located header ``Headline``.
    public init(_ headline: Headline) {
        self.init(
            requirements: headline.requirements.map { HeadlineAmount(year: $0.year?.value, money: $0.money.value) },
            partners: headline.partners?.value, population: headline.population?.value,
            unallocated: headline.unallocated.map { Remainder(year: $0.year?.value, money: $0.amount.value, reason: $0.reason.value) }
        )
    }

    /// One headline amount: for one year, or for the whole period when `year` is `nil`.
    public struct HeadlineAmount: Sendable, Hashable, Codable {
        public var year: Int?
        public var money: Money

        public init(year: Int?, money: Money) {
            self.year = year
            self.money = money
        }
    }

    /// A declared remainder: the amount no line covers yet, and why.
    public struct Remainder: Sendable, Hashable, Codable {
        public var year: Int?
        public var money: Money
        public var reason: String

        public init(year: Int?, money: Money, reason: String) {
            self.year = year
            self.money = money
            self.reason = reason
        }
    }
}
