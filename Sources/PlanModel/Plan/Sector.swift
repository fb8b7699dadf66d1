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
    /// The name by language when the plan gives one per language (`name:` block); empty otherwise.
    public var names: [String: String]
    /// Sub-sector names by sub-sector ID, then language, where the plan gives one per language.
    public var subsectorNamesByLanguage: [String: [String: String]]

    public init(
        id: String, name: String, subsectors: [String] = [], outcomeAreas: [String] = [], subsectorNames: [String: String] = [:],
        names: [String: String] = [:], subsectorNamesByLanguage: [String: [String: String]] = [:]
    ) {
        self.id = id
        self.name = name
        self.subsectors = subsectors
        self.subsectorNames = subsectorNames
        self.outcomeAreas = outcomeAreas
        self.names = names
        self.subsectorNamesByLanguage = subsectorNamesByLanguage
    }

    /// The sector's name in `language`: the one given for it, else the plan's ``name``.
    public func name(in language: String) -> String { names[language] ?? name }

    /// A sub-sector's declared name in `language`, else its declared name; `nil` for one
    /// declared in the list form.
    public func subsectorName(_ id: String, in language: String) -> String? {
        subsectorNamesByLanguage[id]?[language] ?? subsectorNames[id]
    }
}
