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
    /// as English `Its teams` does; a government or a collective named in between takes it, in
    /// English too.
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
        #expect(!flagged("UNHCR is present in Peru. The government opened a centre. Its teams distribute food.", "en"))
        #expect(!flagged("UNHCR supports the ministry. Its teams distribute food.", "en", section: "Coordination"))
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

    /// Two agencies, the second by its full name after the article that is a unit of its own (`Le
    /// HCR et l'Organisation internationale pour les migrations (OIM) appellent`), speak together:
    /// a joint statement, as with the acronym. The appositive article after a comma is no conjunction
    /// (`UNHCR, the UN Refugee Agency, and partners`).
    @Test func anAgencysFullNameAfterAnArticleJoinsTheSubject() {
        #expect(!flagged("Le HCR et l'Organisation internationale pour les migrations (OIM) appellent à une approche concertée.", "fr"))
        #expect(!flagged("Le HCR, l'Agence des Nations Unies pour les réfugiés, et l'Organisation internationale pour les migrations (OIM) appellent à une approche concertée.", "fr"))
        // Hard negatives: one agency with its apposition, and two agencies acting (not speaking).
        #expect(flagged("Le HCR, l'Agence des Nations Unies pour les réfugiés, appelle à une approche concertée.", "fr"))
        #expect(findings("Le HCR appelle à une approche concertée.", "fr") == ["language.agency-advocacy"])
        #expect(findings("El ACNUR y la Organización Internacional para las Migraciones (OIM) distribuyen alimentos.", "es") == ["language.agency-as-actor"])
        #expect(findings("UNHCR, the UN Refugee Agency, and partners are mobilizing to respond.", "en") == ["language.agency-and-its-partners"])
    }

    /// `ONG`, `NGO` right before an agency's name classify it (`l'ONG Save the Children`): the name
    /// is the subject alone, not joined by other NGOs.
    @Test func anNGOBeforeItsNameClassifiesIt() {
        #expect(findings("Les responsables de l'ONG Save the Children ont remis 12 512 kits scolaires.", "fr") == ["language.agency-as-actor"])
        #expect(findings("La ONG Save the Children distribuyó kits escolares.", "es") == ["language.agency-as-actor"])
        // Hard negatives: an NGO and the agency, the ministry and the NGO.
        #expect(!flagged("L'ONG et le HCR ont remis des kits scolaires.", "fr"))
        #expect(!flagged("Le ministère et l'ONG Save the Children ont remis des kits scolaires.", "fr"))
    }

    /// A word the lexicon does not know in the place of the infinitive after a catenative or a
    /// causative is an act (`se ha comprometido a abordar`, `était contraint de ralentir`, `se vio
    /// obligado a ralentizar`, `a tenté de désengorger`), as an unknown word after an auxiliary is.
    @Test func anUnknownInfinitiveAfterACatenativeIsAnAct() {
        #expect(findings("La OIM se ha comprometido a abordar las causas de la crisis.", "es") == ["language.agency-as-actor"])
        #expect(findings("Le HCR était contraint de ralentir l'exécution de certains projets.", "fr") == ["language.agency-as-actor"])
        #expect(findings("El ACNUR se vio obligado a ralentizar algunos proyectos.", "es") == ["language.agency-as-actor"])
        #expect(findings("L'OIM a tenté de désengorger les centres.", "fr") == ["language.agency-as-actor"])
        #expect(findings("El PMA logró desbloquear los convoyes.", "es") == ["language.agency-as-actor"])
        // Hard negatives: the government doing the same.
        #expect(!flagged("El gobierno se ha comprometido a abordar las causas de la crisis.", "es"))
        #expect(!flagged("Le gouvernement était contraint de ralentir les projets.", "fr"))
    }

    /// Identifying a site (`ha identificado un lugar donde levantar un campo`, `has identified a
    /// site`, `a identifié un site`) is choosing it, an act; identifying people stays a count.
    @Test func identifyingASiteIsAnAct() {
        #expect(findings("La Agencia de la ONU para los Refugiados ha identificado un lugar donde levantar un campo.", "es") == ["language.agency-as-actor"])
        #expect(findings("UNHCR has identified a site for a new camp.", "en") == ["language.agency-as-actor"])
        #expect(findings("Le HCR a identifié un site pour un nouveau camp.", "fr") == ["language.agency-as-actor"])
        // Hard negatives: counts of people, the government finding the site.
        #expect(!flagged("UNHCR has identified 460,000 refugees.", "en"))
        #expect(!flagged("Le HCR a identifié 3 000 réfugiés vulnérables.", "fr"))
        #expect(!flagged("El ACNUR ha identificado a 3.000 refugiados en el lugar.", "es"))
        #expect(!flagged("El gobierno ha identificado un lugar para el campo.", "es"))
    }

    /// A passive done to the people the response serves, by the agency or its staff, with a
    /// participle the lexicon does not know (`Les migrants sont escortés par des médecins de l'OIM`,
    /// `Los migrantes fueron escoltados por la OIM`): the agency acts.
    @Test func anUnknownPassiveDoneToPeopleByTheAgencyIsAnAct() {
        #expect(findings("Les migrants sont escortés par des médecins de l'OIM.", "fr") == ["language.agency-as-actor"])
        #expect(findings("Les migrants sont escortés par l'OIM.", "fr") == ["language.agency-as-actor"])
        #expect(findings("Los migrantes fueron escoltados por miembros de la OIM.", "es") == ["language.agency-as-actor"])
        #expect(findings("The migrants were escorted by IOM.", "en") == ["language.agency-as-actor"])
        // Hard negatives: another agent, a document approved by the agency.
        #expect(!flagged("Les migrants sont escortés par la police.", "fr"))
        #expect(!flagged("Los migrantes fueron escoltados por la policía.", "es"))
        #expect(!flagged("The plan was endorsed by UNHCR.", "en"))
        #expect(!flagged("Le plan a été endossé par le HCR.", "fr"))
    }

    /// The subjunctive of the auxiliaries (`haya distribuido`, `hubiera hecho`, `ait distribué`)
    /// is an auxiliary as the indicative is (`es la causa de que Unicef haya hecho un llamamiento`).
    @Test func aSubjunctiveAuxiliaryIsAnAuxiliary() {
        #expect(findings("Es posible que el ACNUR haya distribuido alimentos.", "es") == ["language.agency-as-actor"])
        #expect(flagged("Es la causa de que Unicef haya hecho hoy un llamamiento de fondos sin precedentes, de 3.100 millones de dólares.", "es", section: "Financial requirements"))
        #expect(findings("Il est possible que le HCR ait distribué des vivres.", "fr") == ["language.agency-as-actor"])
        // Hard negatives: the government, and the agency as a source.
        #expect(!flagged("Es posible que el gobierno haya distribuido alimentos.", "es"))
        #expect(!flagged("Il est possible que le gouvernement ait distribué des vivres.", "fr"))
        #expect(!flagged("Según el ACNUR, es posible que el gobierno haya distribuido alimentos.", "es"))
    }

    /// A country office named after a dash (`Le PAM – Tchad va recevoir`, `WFP – Chad will
    /// receive`), as without it (`Le PAM Tchad`, `UNHCR Syria will`); `des Nations-Unies` after a
    /// name is read as `des Nations Unies`.
    @Test func aCountryOfficeAfterADash() {
        #expect(findings("Le Programme alimentaire mondial des Nations-Unies (PAM) – Tchad va recevoir 3,9 millions de dollars pour améliorer la résilience.", "fr") == ["language.agency-funding"])
        #expect(findings("WFP – Chad will receive 3.9 million dollars to improve resilience.", "en") == ["language.agency-funding"])
        // Hard negatives: a place after a dash that no verb follows, and the government's office.
        #expect(!flagged("WFP – Chad: 3.9 million dollars received for resilience.", "en"))
        #expect(!flagged("Le gouvernement – Tchad va recevoir 3,9 millions de dollars.", "fr"))
    }

    /// An agency's offices or staff with a place in lower case of up to twelve words (`65 bureaux
    /// de l'OIM dans les pays et régions d'accueil ou de transit ont fourni`) act; a conjunction
    /// before an article joins another noun phrase, not the place (`the UNHCR Representative in
    /// medium-sized emergencies and a senior staff member in the Regional Bureau concerned`).
    @Test func aLongerLowerCasePlaceAfterOffices() {
        #expect(findings("En 2018, 65 bureaux de l'OIM dans les pays et régions d'accueil ou de transit ont fourni des services de conseil.", "fr") == ["language.agency-as-actor"])
        #expect(findings("IOM offices in the host countries and regions of transit or return provided counselling.", "en") == ["language.agency-as-actor"])
        // Hard negatives: the government's offices, and a second noun phrase after `and a`.
        #expect(!flagged("En 2018, 65 bureaux du gouvernement dans les pays et régions d'accueil ou de transit ont fourni des services de conseil.", "fr"))
        #expect(!flagged("The coordinator is often the UNHCR Representative in medium-sized emergencies and a senior staff member in the Regional Bureau concerned in larger ones.", "en", section: "Coordination"))
    }

    /// A count of partners after the agency (`the UN Refugee Agency and 17 partners`, `le HCR et
    /// 15 partenaires`, `el ACNUR y 18 socios`) are its partners, as bare `partners` are; counted
    /// NGO partners and the government's partners are not.
    @Test func countedPartnersAreTheAgencysPartners() {
        #expect(findings("Today the UN Refugee Agency and 17 partners launched the regional plan.", "en") == ["language.agency-and-its-partners"])
        #expect(findings("Le HCR et 15 partenaires ont lancé le plan.", "fr") == ["language.agency-and-its-partners"])
        #expect(findings("El ACNUR y 18 socios lanzaron el plan.", "es") == ["language.agency-and-its-partners"])
        // Hard negatives.
        #expect(!flagged("UNHCR and 38 NGO partners launched the plan.", "en"))
        #expect(!flagged("The government and 17 partners launched the plan.", "en"))
        #expect(!flagged("Le gouvernement et 15 partenaires ont lancé le plan.", "fr"))
    }

    /// The aim the agency reports, stated with a copula and an infinitive (`destacó que el principal
    /// objetivo es fortalecer`, `said that the main objective is to strengthen`), is its own work;
    /// an aim with another owner is not.
    @Test func aReportedAimIsTheAgencysWork() {
        #expect(findings("El ACNUR destacó que el principal objetivo es fortalecer el sistema de asilo.", "es") == ["language.agency-as-actor"])
        #expect(findings("UNHCR said that the main objective is to strengthen the asylum system.", "en") == ["language.agency-as-actor"])
        #expect(flagged("Le HCR a souligné que l'objectif principal est de renforcer le système d'asile.", "fr"))
        // Hard negatives: the government reporting, the government's aim, the plan's aim.
        #expect(!flagged("El gobierno destacó que el principal objetivo es fortalecer el sistema de asilo.", "es"))
        #expect(!flagged("El ACNUR destacó que el principal objetivo del gobierno es fortalecer el sistema de asilo.", "es"))
        #expect(!flagged("El ACNUR destacó que el objetivo del plan es fortalecer el sistema de asilo.", "es"))
    }

    /// A Spanish relative clause of place after the agency's presence, with no subject of its own
    /// and a verb in the singular (`está presente en Boa Vista, donde asistió a los migrantes`), says
    /// what the agency does there, as `où elle a assisté` and `where it assisted` do.
    @Test func whatTheAgencyDoesWhereItIsPresent() {
        #expect(findings("La OIM está presente en Boa Vista y Pacaraima, en la frontera, donde asistió a los migrantes en los albergues.", "es") == ["language.agency-as-actor"])
        #expect(findings("La OIM está presente en Boa Vista, donde brinda asistencia a los migrantes.", "es") == ["language.agency-as-actor"])
        #expect(findings("L'OIM est présente à Boa Vista, où elle a assisté les migrants dans les abris.", "fr") == ["language.agency-as-actor"])
        // Hard negatives: a plural verb (another subject), another subject, the government, a count.
        #expect(!flagged("La OIM está presente en Boa Vista, donde llegan miles de migrantes.", "es"))
        #expect(!flagged("La OIM está presente en Boa Vista, donde el gobierno brinda asistencia.", "es"))
        #expect(!flagged("El gobierno está presente en Boa Vista, donde brinda asistencia a los migrantes.", "es"))
        #expect(!flagged("La OIM está presente en Boa Vista, donde se registró un aumento de llegadas.", "es"))
    }

    /// Coordinating with someone in order to help or support them (`se coordonne avec les autorités
    /// pour les aider à enregistrer`, `coordinates with the authorities to help them`, `se coordina
    /// con las autoridades para ayudarlas`) is helping them, an act outside coordination sections;
    /// leading, and coordinating to ensure a coherent response, stay coordination roles.
    @Test func coordinatingToHelpIsHelping() {
        #expect(findings("Le HCR se coordonne également avec les autorités tchadiennes pour les aider à enregistrer les nouveaux arrivants.", "fr") == ["language.agency-as-actor"])
        #expect(findings("UNHCR coordinates with the authorities to help them register new arrivals.", "en") == ["language.agency-as-actor"])
        #expect(findings("El ACNUR se coordina con las autoridades para ayudarlas a registrar a los recién llegados.", "es") == ["language.agency-as-actor"])
        #expect(findings("El ACNUR coordina con las autoridades para apoyar el registro.", "es") == ["language.agency-as-actor"])
        // Hard negatives: a coordination section, a coordination role, leading, another purpose,
        // the government coordinating with the agency.
        #expect(!flagged("Le HCR se coordonne avec les autorités pour les aider à enregistrer les nouveaux arrivants.", "fr", section: "Coordination"))
        #expect(!flagged("As sector lead, UNHCR coordinates with partners to support the government.", "en"))
        #expect(!flagged("UNHCR leads the sector to support the government.", "en"))
        #expect(!flagged("UNHCR coordinates with partners to ensure a coherent response.", "en"))
        #expect(!flagged("Le gouvernement se coordonne avec le HCR pour l'aider à enregistrer les nouveaux arrivants.", "fr"))
    }

    /// A second place after a comma in the place of an agency's staff (`Le personnel de l'OIM dans
    /// la ville de Duékoué, à l'ouest de la Côte-d'Ivoire vient de terminer`) is still the place.
    @Test func aSecondPlaceAfterAComma() {
        #expect(findings("Le personnel de l'OIM dans la ville de Duékoué, à l'ouest de la Côte-d'Ivoire vient de terminer l'enregistrement de 27 500 déplacés.", "fr") == ["language.agency-as-actor"])
        #expect(findings("IOM staff in the town of Duekoue, in the west of the country have completed the registration of 27,500 people.", "en") == ["language.agency-as-actor"])
        // Hard negative: the ministry's staff.
        #expect(!flagged("Le personnel du ministère dans la ville de Duékoué, à l'ouest de la Côte-d'Ivoire vient de terminer l'enregistrement de 27 500 déplacés.", "fr"))
    }

    /// Money the agency reports on may come after its share and an apposition, before the verb
    /// (`dijo que la mayor parte de esa cantidad, 903 millones de dólares, se destinarían a ayudar`):
    /// it says what its money is for.
    @Test func reportedMoneyAfterItsShare() {
        #expect(findings("UNICEF dijo el jueves que la mayor parte de esa cantidad, 903 millones de dólares, se destinarían a ayudar a niños con vacunas.", "es") == ["language.agency-funding"])
        // Hard negatives: the plan's budget, the government reporting, no money.
        #expect(!flagged("UNICEF dijo que la mayor parte del presupuesto del plan, 903 millones de dólares, se destinaría a la educación.", "es"))
        #expect(!flagged("El gobierno dijo que la mayor parte de esa cantidad, 903 millones de dólares, se destinaría a la educación.", "es"))
        #expect(!flagged("UNICEF dijo que la mayor parte de los refugiados llegaron en 2023.", "es"))
    }

    /// A participle between an adverb or an article and its noun is an adjective (`a newly built
    /// shelter by IOM`): the agent belongs to the passive before it (`was provided with`).
    @Test func anAttributiveParticipleLeavesTheAgentToThePassive() {
        #expect(findings("Each family was provided with a newly built shelter by IOM along with a non-food item package.", "en") == ["language.agency-as-actor"])
        #expect(findings("The shelters were built by IOM.", "en") == ["language.agency-as-actor"])
        // Hard negatives: another agent, and no passive before the participle.
        #expect(!flagged("Each family was provided with a newly built shelter by the government.", "en"))
        #expect(!flagged("A newly built shelter by IOM standards is in place.", "en"))
    }
}
