import PlanDiagnostics

/// The agency-neutral language rules.
enum LanguageRule: String, CaseIterable, Sendable {
    case agencyAsActor = "language.agency-as-actor"
    case firstPerson = "language.first-person"
    case agencyBranding = "language.agency-branding"
    case agencyFunding = "language.agency-funding"
    case selfPromotion = "language.self-promotion"
    case agencyAndItsPartners = "language.agency-and-its-partners"

    var description: Rule {
        switch self {
        case .agencyAsActor: AgencyAsActorRule.description
        case .firstPerson: FirstPersonRule.description
        case .agencyBranding: AgencyBrandingRule.description
        case .agencyFunding: AgencyFundingRule.description
        case .selfPromotion: SelfPromotionRule.description
        case .agencyAndItsPartners: AgencyAndItsPartnersRule.description
        }
    }

    /// The diagnostic's one-line summary for the flagged words.
    func summary(_ flagged: String) -> String {
        switch self {
        case .agencyAsActor: "'\(flagged)' presents one agency as the actor of the response"
        case .firstPerson: "'\(flagged)' speaks in one organization's voice"
        case .agencyBranding: "'\(flagged)' promotes one agency's own programme"
        case .agencyFunding: "'\(flagged)' presents the funding needs of one agency"
        case .selfPromotion: "'\(flagged)' promotes one agency"
        case .agencyAndItsPartners: "'\(flagged)' puts one agency above the other partners"
        }
    }
}
