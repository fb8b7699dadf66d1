import Testing
@testable import PlanLint

/// The reading steps added for the causes of misses left after the sixteenth round (docs/lint.md,
/// "Causes after the sixteenth round"), each with constructed sentences it flags and sentences it
/// leaves alone (hard negatives), in each language where the construction exists.
struct SeventeenthRoundCausesReadingTests: SentenceReading {
    /// A companion phrase without commas between the agency and its verb (`junto a`, `junto con`,
    /// `aux côtés de`, `conjointement avec`, `alongside`, `along with`, `in partnership with`): the
    /// verb agrees with the agency alone, which acts, as when commas enclose the phrase.
    @Test func aCompanionPhraseLeavesTheAgencyTheSubject() {
        #expect(findings("Acnur junto a la Cruz Roja está instalando centros de salud en la frontera.", "es") == ["language.agency-as-actor"])
        #expect(findings("ACNUR junto a la OIM brinda asistencia a los migrantes.", "es") == ["language.agency-as-actor"])
        #expect(findings("El ACNUR junto con la Cruz Roja está instalando centros de salud.", "es") == ["language.agency-as-actor"])
        #expect(findings("El ACNUR junto al PMA distribuye alimentos.", "es") == ["language.agency-as-actor"])
        #expect(findings("El ACNUR en colaboración con la Cruz Roja instala centros de salud.", "es") == ["language.agency-as-actor"])
        #expect(findings("Le HCR aux côtés de la Croix-Rouge installe des centres de santé.", "fr") == ["language.agency-as-actor"])
        #expect(findings("Le HCR conjointement avec la Croix-Rouge installe des centres de santé.", "fr") == ["language.agency-as-actor"])
        #expect(findings("UNHCR alongside IOM provides assistance to migrants.", "en") == ["language.agency-as-actor"])
        #expect(findings("UNHCR along with the Red Cross is installing health centres.", "en") == ["language.agency-as-actor"])
        #expect(findings("UNHCR in partnership with the Red Cross is installing health centres.", "en") == ["language.agency-as-actor"])
        // The agency's partners as the companion: the agency and its partners.
        #expect(findings("El ACNUR junto a sus socios distribuye alimentos.", "es") == ["language.agency-and-its-partners"])
        // Hard negatives: the government as the companion (a joint subject, as with `y el
        // gobierno`), the agency as the companion of the government, a plain conjunction.
        #expect(!flagged("El ACNUR junto al gobierno distribuye alimentos.", "es"))
        #expect(!flagged("El gobierno junto al ACNUR distribuye alimentos.", "es"))
        #expect(!flagged("Le HCR aux côtés du gouvernement installe des centres de santé.", "fr"))
        #expect(!flagged("Le gouvernement aux côtés du HCR installe des centres de santé.", "fr"))
        #expect(!flagged("UNHCR alongside the government provides assistance to migrants.", "en"))
        #expect(!flagged("The government alongside UNHCR provides assistance to migrants.", "en"))
        #expect(!flagged("Le HCR conjointement avec les autorités installe des centres de santé.", "fr"))
    }

    /// A French or Spanish possessive opening a sentence refers to the agency named last in the
    /// sentence before (`Le HCR est présent. Ses équipes mènent ...`, `Sus equipos distribuyen`),
    /// as English `Its teams` does; a government or a collective named in between takes it.
    @Test func aPossessiveRefersToTheAgencyNamedJustBefore() {
        #expect(findings("Le HCR est présent au Cameroun. Ses équipes mènent des actions de plaidoyer auprès des autorités.", "fr") == ["language.agency-as-actor"])
        #expect(findings("Le HCR est présent au Cameroun. Son équipe distribue des vivres.", "fr") == ["language.agency-as-actor"])
        #expect(findings("El ACNUR está presente en Perú. Sus equipos distribuyen alimentos.", "es") == ["language.agency-as-actor"])
        #expect(findings("Le HCR est présent au Cameroun et ses équipes distribuent des vivres.", "fr") == ["language.agency-as-actor"])
        #expect(findings("UNHCR is present in Peru. Its teams distribute food.", "en") == ["language.agency-as-actor"])
        // Hard negatives: a government or authorities named in between, another owner, an agency
        // named two sentences before, the possessive without an agency in the paragraph.
        #expect(!flagged("Le HCR est présent aux côtés du gouvernement. Ses équipes distribuent des vivres.", "fr"))
        #expect(!flagged("El ACNUR está presente junto al gobierno. Sus equipos distribuyen alimentos.", "es"))
        #expect(!flagged("Le HCR est présent au Cameroun. Le gouvernement a ouvert un centre. Ses équipes distribuent des vivres.", "fr"))
        #expect(!flagged("El ACNUR está presente en Perú. Las autoridades abrieron un centro. Sus equipos distribuyen alimentos.", "es"))
        #expect(!flagged("Le ministère est présent au Cameroun. Ses équipes distribuent des vivres.", "fr"))
        #expect(!flagged("Ses équipes distribuent des vivres.", "fr"))
        #expect(!flagged("Sus equipos distribuyen alimentos.", "es"))
    }

    /// Chinese partners called only humanitarian (`难民署和人道主义伙伴`) are the agency's partners, as in
    /// English, French and Spanish; `动员` (mobilize) is an act.
    @Test func chineseHumanitarianPartnersAreTheAgencysPartners() {
        #expect(findings("难民署和人道主义伙伴正在动员起来。", "zh") == ["language.agency-and-its-partners"])
        #expect(findings("难民署和人道主义伙伴正在分发救济物资。", "zh") == ["language.agency-and-its-partners"])
        #expect(findings("难民署和人道主义合作伙伴正在分发救济物资。", "zh") == ["language.agency-and-its-partners"])
        // Hard negatives: NGO partners, the government, several agencies with partners.
        #expect(!flagged("难民署和非政府组织伙伴正在分发救济物资。", "zh"))
        #expect(!flagged("政府和人道主义伙伴正在分发救济物资。", "zh"))
        #expect(!flagged("难民署、国际移民组织和人道主义伙伴正在分发救济物资。", "zh"))
    }

    /// The agency's mission stated with a copula and an infinitive is its own work (`La mission du
    /// HCR est de mener des actions de plaidoyer`, `UNHCR's mission is to advocate`, `La misión del
    /// ACNUR es abogar`, `Sa mission quotidienne est plutôt de mener`), outside coordination
    /// sections; its mandate is not.
    @Test func theAgencysMissionIsItsWork() {
        #expect(findings("La mission du HCR est de mener des actions de plaidoyer auprès des autorités.", "fr") == ["language.agency-as-actor"])
        #expect(findings("UNHCR's mission is to advocate with the authorities.", "en") == ["language.agency-advocacy"])
        #expect(findings("La misión del ACNUR es abogar ante las autoridades.", "es") == ["language.agency-advocacy"])
        #expect(findings("Le HCR est présent au Cameroun. Sa mission quotidienne est plutôt de mener des actions de plaidoyer auprès des autorités.", "fr") == ["language.agency-as-actor"])
        // Hard negatives: the mandate, another owner's mission, a coordination task, a
        // coordination section, the mission as premises.
        #expect(!flagged("Le mandat du HCR est de protéger les réfugiés.", "fr"))
        #expect(!flagged("UNHCR's mandate is to protect refugees.", "en"))
        #expect(!flagged("El mandato del ACNUR es proteger a los refugiados.", "es"))
        #expect(!flagged("La mission du gouvernement est de mener des actions de plaidoyer.", "fr"))
        #expect(!flagged("La misión del gobierno es abogar ante las autoridades.", "es"))
        #expect(!flagged("La mission du HCR est de coordonner la réponse.", "fr"))
        #expect(!flagged("La mission du HCR est de mener des actions de plaidoyer.", "fr", section: "Coordination"))
        #expect(!flagged("UNHCR's mission is located in Gao.", "en"))
    }
}
