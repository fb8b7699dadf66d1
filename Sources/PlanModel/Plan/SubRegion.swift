/// A sub-region of an RMRP (`southern-cone`): a group of countries with its own chapters.
public struct SubRegion: Sendable, Hashable, Codable {
    public var id: String
    public var name: String
    public var countries: [CountryCode]

    public init(id: String, name: String, countries: [CountryCode]) {
        self.id = id
        self.name = name
        self.countries = countries
    }
}
