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

    /// `接受难民署保护和协助的人数`, `获得难民署援助的家庭`: after a verb of receiving, the agency owns
    /// what is received; it is not the subject of the noun after it.
    @Test func whatIsReceivedIsTheAgencysInChinese() {
        #expect(!flagged("接受难民署保护和协助的总人数约有1700万。", "zh", section: situation))
        #expect(!flagged("获得难民署援助的家庭超过两万户。", "zh", section: situation))
        // Hard negatives: the agency as the subject, also of a verb of receiving.
        #expect(flagged("难民署将向难民提供保护和援助。", "zh"))
        #expect(flagged("难民署接受了政府的邀请，将向难民提供援助。", "zh"))
    }

    /// Thanks in the agency's own voice: `wishes to acknowledge the contributions of`, `remercie`.
    @Test func thanksAreTheAgencysVoice() {
        #expect(findings("UNHCR wishes to acknowledge the contributions of partners and staff.", "en") == ["language.agency-advocacy"])
        #expect(findings("UNHCR acknowledges the generosity of donors.", "en") == ["language.agency-advocacy"])
        #expect(findings("Le HCR remercie les donateurs.", "fr") == ["language.agency-advocacy"])
        // Hard negatives: a government's thanks, and `acknowledge` reporting a fact.
        #expect(!flagged("The Government acknowledges the contributions of partners.", "en"))
        #expect(!flagged("UNHCR acknowledged that the number of arrivals had risen.", "en", section: situation))
        #expect(!flagged("Le gouvernement remercie les partenaires.", "fr"))
    }

    /// Preparing, launching or revising the response plan itself is the coordination role.
    @Test func makingThePlanIsCoordination() {
        #expect(!flagged("In 2021, UNHCR will continue to develop Regional Refugee Response Plans in multiple contexts.", "en"))
        #expect(!flagged("The Office of the Prime Minister and UNHCR jointly launched the 2024 Refugee Response Plan.", "en"))
        #expect(!flagged("Le HCR élaborera le plan de réponse régional avec les partenaires.", "fr"))
        #expect(!flagged("ACNUR presentó el plan de respuesta regional en Ginebra.", "es"))
        #expect(!flagged("难民署和政府共同发布了2024年难民应对计划。", "zh"))
        // Hard negatives: the same verbs with another object, and implementing the plan's activities.
        #expect(findings("UNHCR will develop new shelters in Adré.", "en") == ["language.agency-as-actor"])
        #expect(findings("UNHCR will implement the activities of the Response Plan in Adré.", "en") == ["language.agency-as-actor"])
        #expect(findings("ACNUR presentó un informe sobre los retornos.", "es") == ["language.agency-as-actor"])
        #expect(findings("难民署将制定新的援助方案。", "zh") == ["language.agency-as-actor"])
    }

    /// An agency's `operations` is a noun the lexicon knows, not a verb by its `-s`: `UNHCR
    /// operations in the field` after a verb is its object; before a verb it is the subject, as the
    /// agency's staff are.
    @Test func operationsAreNoVerb() {
        #expect(!flagged("The tool supports UNHCR operations in the field.", "en", section: situation))
        #expect(!flagged("The assessment is designed to assist UNHCR operations with the guidance required to undertake it.", "en", section: situation))
        // Triggering: the operations as the subject of an act, also after a place.
        #expect(findings("UNHCR operations in Kakuma remained committed to prioritizing core protection functions.", "en") == ["language.agency-as-actor"])
        #expect(findings("UNHCR operations in Kakuma remained focused and committed to prioritizing core protection functions.", "en") == ["language.agency-as-actor"])
    }

    /// A commitment after another predicative word (`focused and committed to`, `mobilisé et
    /// déterminé à`) names the act the subject commits to.
    @Test func aSecondPredicativeCommitment() {
        #expect(findings("UNHCR remained focused and committed to prioritizing core protection functions.", "en") == ["language.agency-as-actor"])
        #expect(findings("Le HCR reste mobilisé et déterminé à appuyer les autorités.", "fr") == ["language.agency-as-actor"])
        // Hard negatives: a government's commitment, and no commitment.
        #expect(!flagged("The Government remained focused and committed to supporting refugees.", "en"))
        #expect(!flagged("UNHCR remained focused on core protection functions.", "en", section: situation))
    }

    /// A subject pronoun that opens a sentence continues the subject of the sentence before: `It`,
    /// `Il` after `The plan is led by UNHCR` speaks of the plan, not of the agency.
    @Test func aPronounContinuesThePreviousSubject() {
        #expect(!flagged("The Refugee Response Plan is led by UNHCR. It sets out the needs of refugees and host communities.", "en"))
        #expect(!flagged("Les plans de réponse sont pilotés par le HCR. Il fournit un cadre à tous les partenaires.", "fr"))
        #expect(!flagged("The plan is coordinated by UNHCR. However, it will provide shelter to 20,000 refugees.", "en"))
        // Triggering: the agency as the subject before, also after an opening adverbial, or as the
        // subject of a clause of its own.
        #expect(findings("UNHCR opened a reception centre in Adré. It will register new arrivals.", "en") == ["language.agency-as-actor", "language.agency-as-actor"])
        #expect(findings("In June, UNHCR opened a reception centre in Adré. It will register new arrivals.", "en") == ["language.agency-as-actor", "language.agency-as-actor"])
        #expect(findings("As arrivals grew, UNHCR opened a reception centre. It will register new arrivals.", "en").count == 2)
    }

    /// An English agency name before plain nouns owns them as `'s` does: `the UNHCR cash programme`
    /// is its programme, `WFP food assistance will reach` its assistance acting (French, Spanish and
    /// Chinese name the owner with `du`, `del`, `的`, read already).
    @Test func anEnglishNameBeforeNounsOwnsThem() {
        #expect(findings("The UNHCR cash programme will cover 12,000 households.", "en") == ["language.agency-branding"])
        #expect(findings("Refugees are enrolled in the WFP school meals programme.", "en") == ["language.agency-branding"])
        #expect(findings("WFP food assistance will reach 300,000 refugees.", "en") == ["language.agency-as-actor"])
        #expect(findings("UNHCR cash assistance reached 5,000 families.", "en") == ["language.agency-as-actor"])
        // Hard negatives: a government's programme, the assistance received, data, the agency's
        // own operations as an object, and its official.
        #expect(!flagged("The Government cash programme will cover 12,000 households.", "en"))
        #expect(!flagged("Refugees depend on WFP food assistance.", "en", section: situation))
        #expect(!flagged("UNHCR registration data show 40,000 arrivals.", "en", section: situation))
        #expect(!flagged("The tool supports UNHCR operations in the field.", "en", section: situation))
    }

    /// Chinese staffing counted in characters (`三个办事处`) and with `设有` (has, maintains), as with
    /// digits and `有`.
    @Test func chineseOfficesCountedInCharacters() {
        #expect(findings("难民署在东部设有三个办事处。", "zh", section: situation) == ["language.agency-staffing"])
        #expect(findings("难民署在东部有三个办事处。", "zh", section: situation) == ["language.agency-staffing"])
        // Hard negatives: a government's offices, a camp's clinics, partners.
        #expect(!flagged("政府在东部设有三个办事处。", "zh", section: situation))
        #expect(!flagged("难民营设有三个诊所。", "zh", section: situation))
    }

    /// The plan made by its coordinator in a passive (`The plan was developed by UNHCR and
    /// partners`, `本计划由难民署与合作伙伴共同制定`) is the coordination role, as in the active.
    @Test func thePlanMadeInAPassive() {
        #expect(!flagged("The 2024 Refugee Response Plan was developed by UNHCR and partners.", "en"))
        #expect(!flagged("Le plan a été élaboré par le HCR et ses partenaires.", "fr"))
        #expect(!flagged("El plan fue elaborado por ACNUR.", "es"))
        #expect(!flagged("本计划由难民署与合作伙伴共同制定。", "zh"))
        // Hard negatives: what the agency built or implemented, also a programme.
        #expect(findings("The shelters were built by UNHCR.", "en") == ["language.agency-as-actor"])
        #expect(findings("The programme was developed by UNHCR.", "en") == ["language.agency-as-actor"])
        #expect(findings("Los albergues fueron construidos por ACNUR.", "es") == ["language.agency-as-actor"])
        #expect(findings("该计划由难民署实施。", "zh") == ["language.agency-as-actor"])
    }

    /// Chinese: the agency's funding gap after `的` (`难民署的资金缺口`), as its budget.
    @Test func chineseFundingGapOwned() {
        #expect(findings("难民署的资金缺口达到4000万美元。", "zh") == ["language.agency-funding"])
        #expect(!flagged("难民营的资金缺口达到4000万美元。", "zh"))
    }

    /// Chinese `对` (about) opens what the agency speaks about: its concern is read at `表示关切`, not
    /// at a verb inside the phrase (`新抵达`).
    @Test func chineseAboutPhraseBeforeConcern() {
        #expect(findings("难民署对新抵达难民的状况表示关切。", "zh") == ["language.agency-advocacy"])
        #expect(findings("难民署对政府开放边境表示欢迎。", "zh") == ["language.agency-advocacy"])
        // Hard negatives: a government's concern; `对` before an act stays an act.
        #expect(!flagged("政府对新抵达难民的状况表示关切。", "zh"))
        #expect(findings("难民署对新抵达的难民进行登记。", "zh") == ["language.agency-as-actor"])
    }
}
