import Testing
@testable import PlanLint

/// Readings added in the session of the twenty-third round (plan chapters' own prose; docs/lint.md,
/// "Causes after the twenty-third round"), each with constructed sentences it flags and hard
/// negatives it leaves alone, in each language where the construction exists.
struct TwentyThirdRoundReadingTests: SentenceReading {
    private let situation = "Situation analysis"

    /// `has registered 460,000 refugees`, `a enregistré`, `ha registrado`: `have` before a participle
    /// is a perfect tense, read by its participle (a registered count is data), not a possession
    /// counted as staffing.
    @Test func perfectTenseIsNoPossession() {
        #expect(!flagged("UNHCR has registered 460,000 refugees in the country.", "en", section: situation))
        #expect(!flagged("Le HCR a enregistré 46 000 réfugiés dans le pays.", "fr", section: situation))
        #expect(!flagged("ACNUR ha registrado 46.000 refugiados en el país.", "es", section: situation))
        // Hard negatives: a possession of staff, and a perfect tense whose participle is an act.
        #expect(findings("UNHCR has 40 staff in the country.", "en", section: situation) == ["language.agency-staffing"])
        #expect(findings("UNHCR has deployed 40 staff in the country.", "en", section: situation) == ["language.agency-as-actor"])
        #expect(findings("Le HCR a déployé 40 agents dans le pays.", "fr", section: situation) == ["language.agency-as-actor"])
    }

    /// `UNHCR and partner agencies`, `le HCR et les agences partenaires`, `ACNUR y las organizaciones
    /// socias`: bare partners named by their kind are the agency's partners, as `and partners` is.
    @Test func partnersNamedByTheirKind() {
        #expect(findings("UNHCR and partner agencies launched an appeal for the South Sudanese refugees.", "en") == ["language.agency-and-its-partners"])
        #expect(findings("UNHCR and partner organisations will distribute food.", "en") == ["language.agency-and-its-partners"])
        #expect(findings("Le HCR et les agences partenaires ont lancé un appel pour les réfugiés.", "fr") == ["language.agency-and-its-partners"])
        #expect(findings("Le HCR et les organisations partenaires distribueront des vivres.", "fr") == ["language.agency-and-its-partners"])
        #expect(findings("ACNUR y las organizaciones socias distribuirán alimentos.", "es") == ["language.agency-and-its-partners"])
        // Hard negatives: other agencies share the subject, and partners with no one agency above them.
        #expect(!flagged("UNHCR and other agencies will distribute food.", "en"))
        #expect(!flagged("Refugee-led groups and partner agencies will distribute food.", "en"))
        #expect(!flagged("Le HCR et les autres agences distribueront des vivres.", "fr"))
        #expect(!flagged("ACNUR y otras agencias distribuirán alimentos.", "es"))
    }

    /// `联合国机构` alone (a UN agency, UN agencies: Chinese does not mark the plural) names one agency
    /// only after an agency was named in the paragraph, or after a singular marker (`该`).
    @Test func aBareChineseUNAgencyIsGeneric() {
        #expect(!flagged("虽然联合国机构及其合作伙伴尽了很大努力，但资金仍远低于所需。", "zh"))
        #expect(!flagged("联合国机构将向难民提供援助。", "zh"))
        // Triggering: a singular marker, or the agency named before.
        #expect(flagged("该联合国机构将向难民提供援助。", "zh"))
        #expect(flagged("难民署署长抵达边境。联合国机构将向难民提供援助。", "zh"))
    }
}
