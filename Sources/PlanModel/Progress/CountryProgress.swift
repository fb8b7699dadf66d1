/// The latest result of a regional or sub-regional indicator in one of its countries (results
/// that name the country), kept beside the indicator's own latest value.
public struct CountryProgress: Sendable, Hashable, Codable {
    /// The country's ISO 3166 alpha-3 code.
    public var country: String
    /// The value of the country's result with the latest date.
    public var latest: Double
    /// Its date.
    public var date: PlanDate
    /// How many results counted for the indicator in this country.
    public var results: Int

    public init(country: String, latest: Double, date: PlanDate, results: Int) {
        self.country = country
        self.latest = latest
        self.date = date
        self.results = results
    }
}
