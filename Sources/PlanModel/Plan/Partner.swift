/// A partner of the plan's registry (`partners:` in the plan file), resolved.
public struct Partner: Sendable, Hashable, Codable {
    /// The key requirement lines refer to (`UNHCR`, `NRC`).
    public var id: String
    /// Full name (`Norwegian Refugee Council`).
    public var name: String
    /// UN agency, international NGO, national NGO...
    public var type: PartnerType
    /// A national or local actor: `local: yes`, or type `nngo` or `rlo`.
    public var local: Bool
    /// The appealing partner this one implements for (`implementing-for:`), if any.
    public var implementingFor: String?

    public init(id: String, name: String, type: PartnerType, local: Bool = false, implementingFor: String? = nil) {
        self.id = id
        self.name = name
        self.type = type
        self.local = local
        self.implementingFor = implementingFor
    }

    /// Whether the partner's requirements count in the plan: not the government and not an
    /// implementing partner of another partner.
    public var isAppealing: Bool { type != .government && implementingFor == nil }
}
