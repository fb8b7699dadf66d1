/// A sub-region of an RMRP (`southern-cone`): a group of countries with its own chapters.
public struct SubRegion: Sendable, Hashable, Codable {
    /// The key chapters use (`southern-cone`).
    public var id: String
    /// Display name.
    public var name: String
    /// Its countries, as declared.
    public var countries: [CountryCode]

    public init(id: String, name: String, countries: [CountryCode]) {
        self.id = id
        self.name = name
        self.countries = countries
    }
}
