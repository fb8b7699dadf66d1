/// A sector of the plan's registry (`sectors:` in the plan file), resolved.
public struct Sector: Sendable, Hashable, Codable {
    /// The key chapters refer to (`protection`).
    public var id: String
    /// Display name (`Protection`).
    public var name: String
    /// Sub-sector IDs (`gbv`, `child-protection`), in declaration order. They roll up into this
    /// sector in every total.
    public var subsectors: [String]
    /// Outcome area codes (`OA1`...`OA16`) the plan maps this sector to.
    public var outcomeAreas: [String]

    public init(id: String, name: String, subsectors: [String] = [], outcomeAreas: [String] = []) {
        self.id = id
        self.name = name
        self.subsectors = subsectors
        self.outcomeAreas = outcomeAreas
    }
}
