/// Population groups of the field, as written in the DSL.
public enum PopulationGroup: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case refugees
    case asylumSeekers = "asylum-seekers"
    case returnees
    /// Others in need of international protection.
    case othersInNeed = "others-in-need"
    case stateless
    case hostCommunity = "host-community"
    case othersOfConcern = "others-of-concern"

    public var label: String {
        switch self {
        case .refugees: "Refugees"
        case .asylumSeekers: "Asylum-seekers"
        case .returnees: "Returnees"
        case .othersInNeed: "Others in need of international protection"
        case .stateless: "Stateless persons"
        case .hostCommunity: "Host community"
        case .othersOfConcern: "Others of concern"
        }
    }

    public static func < (lhs: PopulationGroup, rhs: PopulationGroup) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
