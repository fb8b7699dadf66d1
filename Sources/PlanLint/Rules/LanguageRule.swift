import PlanDiagnostics

/// The agency-neutral language rules.
enum LanguageRule: String, CaseIterable, Sendable {
    case agencyAsActor = "language.agency-as-actor"
    case firstPerson = "language.first-person"
    case agencyBranding = "language.agency-branding"
    case agencyFunding = "language.agency-funding"
    case selfPromotion = "language.self-promotion"
    case agencyAndItsPartners = "language.agency-and-its-partners"
    case agencyAdvocacy = "language.agency-advocacy"
    case agencyStaffing = "language.agency-staffing"
    case agencyVoice = "language.agency-voice"

    var description: Rule {
        switch self {
        case .agencyAsActor: AgencyAsActorRule.description
        case .firstPerson: FirstPersonRule.description
        case .agencyBranding: AgencyBrandingRule.description
        case .agencyFunding: AgencyFundingRule.description
        case .selfPromotion: SelfPromotionRule.description
        case .agencyAndItsPartners: AgencyAndItsPartnersRule.description
        case .agencyAdvocacy: AgencyAdvocacyRule.description
        case .agencyStaffing: AgencyStaffingRule.description
        case .agencyVoice: AgencyVoiceRule.description
        }
    }

    /// The diagnostic's one-line summary for the flagged words.
    func summary(_ flagged: String) -> String {
        let says = switch self {
        case .agencyAsActor: "' presents one agency as the actor of the response"
        case .firstPerson: "' speaks in one organization's voice"
        case .agencyBranding: "' promotes one agency's own programme"
        case .agencyFunding: "' presents the funding needs of one agency"
        case .selfPromotion: "' promotes one agency"
        case .agencyAndItsPartners: "' puts one agency above the other partners"
        case .agencyAdvocacy: "' speaks in one agency's voice of concern or advocacy"
        case .agencyStaffing: "' describes one agency's staff, offices or internal priorities"
        case .agencyVoice: "' makes the sentence read as one agency's own account"
        }
        return String(utf8Joining: "'", flagged, says)
    }

    /// The response's partners as a subject in `language` (`les partenaires du RRP`), the
    /// rewrite hints' replacement for one agency.
    static func partners(language: String) -> String {
        switch language {
        case "fr": "les partenaires du RRP"
        case "es": "los socios del RRP"
        case "zh": "计划合作伙伴"
        default: "RRP partners"
        }
    }

    /// How to rewrite a flagged sentence, for findings without a mechanical fix-it, in the
    /// sentence's language.
    func hint(language: String) -> String {
        let partners = Self.partners(language: language)
        switch self {
        case .agencyAsActor: return "make '\(partners)' (or the sector's partners) the subject"
        case .firstPerson: return "write in the third person, with '\(partners)' as the subject"
        case .agencyBranding: return "describe the activity instead of the agency's programme or tool"
        case .agencyFunding: return "state the requirement of the sector or of \(partners); the breakdown by partner belongs in the requirement tables"
        case .selfPromotion: return "state what the response does, without praising one agency"
        case .agencyAndItsPartners: return "write '\(partners)'"
        case .agencyAdvocacy: return "state the protection concern or the call as the plan's, with '\(partners)' as the subject"
        case .agencyStaffing: return "describe the response's capacity ('\(partners)' have ...) rather than one agency's staff or offices"
        case .agencyVoice: return "write what the response does or needs with '\(partners)' (or the sector's partners) as the subject; keep the agency's name where it is a source ('according to ...') or a role the plan assigns"
        }
    }
}
