/// `funding:` in the plan file: the funding files kept in the plan folder, and the names under
/// which the plan's partners and sectors appear in them when the registry's own names and IDs do
/// not match (see docs/funding.md).
public struct FundingSettings: Sendable, Hashable {
    /// `files:` paths relative to the plan folder, as written.
    public var files: [Located<String>]
    /// `organisations:` partner ID to the other names it is published under.
    public var organisations: [FundingAlias]
    /// `sectors:` sector ID to the cluster names it is published under.
    public var sectors: [FundingAlias]

    public init(files: [Located<String>] = [], organisations: [FundingAlias] = [], sectors: [FundingAlias] = []) {
        self.files = files
        self.organisations = organisations
        self.sectors = sectors
    }

    /// Whether the plan file says nothing about funding.
    public var isEmpty: Bool { files.isEmpty && organisations.isEmpty && sectors.isEmpty }
}

/// One line of a `funding:` mapping table: a registry ID and the names that stand for it.
public struct FundingAlias: Sendable, Hashable {
    public var id: Located<String>
    public var names: [Located<String>]

    public init(id: Located<String>, names: [Located<String>]) {
        self.id = id
        self.names = names
    }
}
