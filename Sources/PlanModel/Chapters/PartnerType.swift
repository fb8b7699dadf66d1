/// The kinds of organization that take part in a plan, as written in the DSL.
public enum PartnerType: String, Sendable, Hashable, Codable, CaseIterable {
    case un
    case ingo
    /// National or local NGO.
    case nngo
    /// Refugee-led organization.
    case rlo
    /// Faith-based organization.
    case fbo
    /// Red Cross / Red Crescent.
    case redCross = "red-cross"
    case academia
    case privateSector = "private-sector"
    case development
    /// Other international organization.
    case otherIO = "other-io"
    /// The host government: a partner of the plan, never an appealing one.
    case government

    /// English label for tables.
    public var label: String {
        switch self {
        case .un: "UN agency"
        case .ingo: "International NGO"
        case .nngo: "National or local NGO"
        case .rlo: "Refugee-led organization"
        case .fbo: "Faith-based organization"
        case .redCross: "Red Cross / Red Crescent"
        case .academia: "Academia"
        case .privateSector: "Private sector"
        case .development: "Development actor"
        case .otherIO: "Other international organization"
        case .government: "Government"
        }
    }
}
