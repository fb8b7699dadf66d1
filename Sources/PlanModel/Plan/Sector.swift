/// A sector of the plan's registry (`sectors:` in the plan file), resolved.
public struct Sector: Sendable, Hashable, Codable {
    /// The key chapters refer to (`protection`).
    public var id: String
    /// Display name (`Protection`).
    public var name: String
    /// Sub-sector IDs (`gbv`, `child-protection`), in declaration order. They roll up into this
    /// sector in every total.
    public var subsectors: [String]
    /// Display names of sub-sectors by ID, as declared in the block form of `subsectors:`
    /// (`gbv: Gender-based violence`); a sub-sector declared in the list form has none.
    public var subsectorNames: [String: String]
    /// Outcome area codes (`OA1`...`OA16`) the plan maps this sector to.
    public var outcomeAreas: [String]

    public init(id: String, name: String, subsectors: [String] = [], outcomeAreas: [String] = [], subsectorNames: [String: String] = [:]) {
        self.id = id
        self.name = name
        self.subsectors = subsectors
        self.subsectorNames = subsectorNames
        self.outcomeAreas = outcomeAreas
    }
}
