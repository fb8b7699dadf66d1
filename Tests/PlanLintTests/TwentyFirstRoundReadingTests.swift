import Testing
@testable import PlanLint

/// Readings added for the twenty-first round's development-split errors (docs/lint.md, "Causes
/// after the twenty-first round (lint-fix-r21)"), each with constructed sentences it flags and hard
/// negatives it leaves alone, in each language where the construction exists.
struct TwentyFirstRoundReadingTests: SentenceReading {
    private let situation = "Situation analysis"
    private let budget = "Financial requirements"

    /// Plan International's Hong Kong name (`國際培幼會`, short `培幼會`) names the agency.
    @Test func planInternationalHongKongName() {
        #expect(findings("國際培幼會將於摩爾多瓦設立兒童活動中心。", "zh") == ["language.agency-as-actor"])
        #expect(findings("培幼会已向难民家庭发放现金援助。", "zh") == ["language.agency-as-actor"])
        // Hard negatives: the agency as a supporter after a preposition, and the government acting.
        #expect(!flagged("在培幼会的支持下，社区开办了两所学习中心。", "zh"))
        #expect(!flagged("摩尔多瓦政府已向难民家庭发放现金援助。", "zh"))
    }

    /// `nuestro país`, `our country`, `notre pays`, `我们的国家`: a nation's first person, not an
    /// organization's; `our country office` stays an organization's.
    @Test func nationalFirstPersonIsNoOrganization() {
        #expect(!flagged("After Colombia, our country hosts the largest number of Venezuelans.", "en", section: situation))
        #expect(!flagged("Après le Tchad, notre pays accueille le plus grand nombre de réfugiés soudanais.", "fr", section: situation))
        #expect(!flagged("Después de Colombia, nuestro país es el que acoge a más venezolanos.", "es", section: situation))
        #expect(!flagged("我们的国家接收了大量来自苏丹的难民。", "zh", section: situation))
        // Hard negatives: an organization's country office or field, and a plain first person.
        #expect(findings("Our country office will open two reception centres.", "en") == ["language.first-person"])
        #expect(findings("Dans notre pays d'intervention, nous distribuons des kits.", "fr").contains("language.first-person"))
        #expect(findings("Nuestro equipo distribuirá kits en la frontera.", "es") == ["language.first-person"])
        #expect(findings("我们的团队将在边境分发物资。", "zh") == ["language.first-person"])
    }

    /// Multi-word adverbs of sequence (`tour à tour`, `peu à peu`, `poco a poco`, `in turn`, `陆续`)
    /// stand between an auxiliary and its participle: the participle is read, not the adverb.
    @Test func sequenceAdverbsAreTransparent() {
        #expect(findings("Le HCR a tour à tour salué les efforts des autorités.", "fr", section: situation) == ["language.agency-advocacy"])
        #expect(findings("ACNUR ha poco a poco expresado su preocupación por los retornos.", "es", section: situation) == ["language.agency-advocacy"])
        #expect(findings("UNHCR has in turn welcomed the decision of the authorities.", "en", section: situation) == ["language.agency-advocacy"])
        #expect(findings("难民署陆续向新抵达的难民发放帐篷。", "zh") == ["language.agency-as-actor"])
        // Hard negatives: officials and partners praising in turn, a government acting gradually.
        #expect(!flagged("Le préfet, le représentant du HCR et le chef du village ont tour à tour salué le geste des donateurs.", "fr", section: situation))
        #expect(!flagged("Las autoridades han poco a poco abierto nuevos albergues.", "es"))
        #expect(!flagged("政府陆续向新抵达的难民发放帐篷。", "zh"))
    }

    /// Credit given to joint work (`gracias al trabajo conjunto entre ACNUR y ...`, `thanks to the
    /// joint work of`, `grâce au travail conjoint`, `得益于...的共同努力`) is shared, no promotion.
    @Test func creditForJointWorkIsShared() {
        #expect(!flagged("Over 5,000 people obtained documents thanks to the joint work of UNHCR and the migration service.", "en"))
        #expect(!flagged("Plus de 5 000 personnes ont obtenu des papiers grâce au travail conjoint du HCR et de la direction des migrations.", "fr"))
        #expect(!flagged("Más de 5.000 personas obtuvieron documentos gracias al trabajo conjunto entre ACNUR y el servicio de migración.", "es"))
        #expect(!flagged("得益于难民署和移民局的共同努力，五千多人获得了证件。", "zh"))
        // Hard negatives: credit given to the agency's own work.
        #expect(findings("Over 5,000 people obtained documents thanks to the work of UNHCR.", "en") == ["language.self-promotion"])
        #expect(findings("Plus de 5 000 personnes ont obtenu des papiers grâce au travail du HCR.", "fr") == ["language.self-promotion"])
        #expect(findings("Más de 5.000 personas obtuvieron documentos gracias al trabajo de ACNUR.", "es") == ["language.self-promotion"])
        #expect(findings("得益于难民署的帮助，五千多人获得了证件。", "zh").contains("language.self-promotion"))
    }

    /// An acronym in brackets after a name the table does not know (a variant, a misspelling) is
    /// the list's member: `El Alto Comisariado ... (ACNUR) y el PMA anunciaron` is a joint subject.
    @Test func bracketedAcronymJoinsTheList() {
        #expect(!flagged("The Refugee Office of the UN (UNHCR) and WFP announced that a lack of funds will force them to cut rations.", "en", section: budget))
        #expect(!flagged("Le Haut Commissariat onusien (HCR) et le PAM ont annoncé que le manque de fonds les obligera à réduire les rations.", "fr", section: budget))
        #expect(!flagged("El Alto Comisariado de la ONU (ACNUR) y el PMA anunciaron que la falta de fondos les obligará a reducir las raciones.", "es", section: budget))
        // Hard negatives: the agency alone after the same variant, and its acronym with a lone verb.
        #expect(findings("El Alto Comisariado de la ONU (ACNUR) anunció que la falta de fondos le obligará a reducir las raciones.", "es", section: budget) == ["language.agency-funding"])
        #expect(findings("The Refugee Office of the UN (UNHCR) will distribute tents in the camps.", "en") == ["language.agency-as-actor"])
    }

    /// A bare `with` list after the agency that holds the government or a collective before a
    /// plural verb shares the subject (`UNHCR with local authorities and other partners continue`).
    @Test func withListOfPartnersIsJoint() {
        #expect(!flagged("UNHCR with the refugee commission, local authorities and other partners continue to monitor and respond.", "en"))
        #expect(!flagged("ACNUR con la comisión de refugiados, las autoridades locales y otros socios continúan vigilando y responden a las necesidades.", "es"))
        #expect(!flagged("Le HCR avec la commission des réfugiés, les autorités locales et d'autres partenaires répondent aux besoins.", "fr"))
        // Hard negatives: the agency alone, with its own partners, or with funding from the government.
        #expect(findings("UNHCR continues to monitor and respond.", "en") == ["language.agency-as-actor"])
        #expect(flagged("UNHCR with its partners continues to monitor and respond.", "en"))
        #expect(flagged("UNHCR with funding from the government continues to monitor and respond.", "en"))
        #expect(findings("Le HCR répond aux besoins.", "fr") == ["language.agency-as-actor"])
    }

    /// The presence of things the agency owns (`la presencia de diversas tiendas del ACNUR`, `la
    /// présence de tentes du HCR`) is no presence of the agency.
    @Test func presenceOfOwnedThingsIsNoStaffing() {
        #expect(!flagged("El lugar parece un campamento por la presencia de numerosas carpas del ACNUR.", "es", section: situation))
        #expect(!flagged("Le site ressemble à un camp avec la présence de tentes du HCR.", "fr", section: situation))
        // Hard negatives: the agency's own presence.
        #expect(findings("Se reforzará la presencia del ACNUR en la frontera.", "es") == ["language.agency-staffing"])
        #expect(findings("On renforcera la présence du HCR à la frontière.", "fr") == ["language.agency-staffing"])
    }

    /// In a Chinese reported clause, a clause opened by a demonstrative noun phrase (`这个国家`,
    /// `该国`) has its own subject, which the subjectless clauses after it go on with.
    @Test func chineseDemonstrativeSubjectInReport() {
        #expect(!flagged("难民署表示，随着难民不断涌入，这个国家已成为第二大收容国，收容了80万难民。", "zh", section: situation))
        #expect(!flagged("难民署表示，该国已成为主要收容国，接收了80万难民。", "zh", section: situation))
        // Hard negatives: the agency's own clause, also after a place named with a demonstrative.
        #expect(findings("难民署表示，将在该国开设接收中心，为80万难民提供帐篷。", "zh") == ["language.agency-as-actor"])
        #expect(findings("难民署表示，该署已在这个国家开设接收中心。", "zh").contains("language.agency-as-actor"))
    }

    /// A participle with its locution (`mis sur pied`, `mis en place`, `puesto en marcha`) right
    /// before the agent is a reduced relative, as a one-word participle is.
    @Test func locutionParticipleIsAReducedRelative() {
        #expect(findings("Les camps mis sur pied par le HCR accueillent 50 000 personnes.", "fr") == ["language.agency-as-actor"])
        #expect(findings("Los centros puestos en marcha por ACNUR atienden a 5.000 personas.", "es") == ["language.agency-as-actor"])
        // Hard negatives: a government's camps, and the agency in a coordination section.
        #expect(!flagged("Les camps mis sur pied par le gouvernement accueillent 50 000 personnes.", "fr"))
        #expect(!flagged("Los centros puestos en marcha por el gobierno atienden a 5.000 personas.", "es"))
        #expect(!flagged("Les camps mis sur pied par le HCR accueillent 50 000 personnes.", "fr", section: "Coordination"))
    }

    /// Seeking land or a site (`recherche des terres`, `busca terrenos`, `is seeking land`) is
    /// choosing it, an act; seeking money stays funding.
    @Test func seekingASiteIsAnAct() {
        #expect(findings("Le HCR continue de rechercher des terres pour rouvrir des sites.", "fr") == ["language.agency-as-actor"])
        #expect(findings("ACNUR busca terrenos para abrir un nuevo campamento.", "es") == ["language.agency-as-actor"])
        #expect(findings("UNHCR is seeking land for a new settlement.", "en") == ["language.agency-as-actor"])
        // Hard negatives: money sought, and the government seeking land.
        #expect(findings("Le HCR recherche 20 millions de dollars pour rouvrir des sites.", "fr", section: budget) == ["language.agency-funding"])
        #expect(!flagged("Le gouvernement recherche des terres pour rouvrir des sites.", "fr"))
        #expect(!flagged("El gobierno busca terrenos para abrir un nuevo campamento.", "es"))
    }

    /// Chinese `与` before the partner of a cooperation (`与政府紧密合作，为难民提供`) is `with`: the
    /// agency acts, as `UNHCR, working closely with the Government, provides` is read.
    @Test func chineseCooperationWithIsTheAgencyActing() {
        #expect(findings("难民署与当地政府紧密合作，为新抵达的难民提供帐篷。", "zh") == ["language.agency-as-actor"])
        #expect(findings("国际移民组织与多个机构及政府合作，向返乡者提供交通服务。", "zh") == ["language.agency-as-actor"])
        // Hard negatives: cooperation `together` (a joint subject), another joint act, and a
        // government cooperating with the agency.
        #expect(!flagged("难民署与当地政府共同合作，为新抵达的难民提供帐篷。", "zh"))
        #expect(!flagged("难民署与当地政府签署了协议，为新抵达的难民提供帐篷。", "zh"))
        #expect(!flagged("当地政府与难民署紧密合作，为新抵达的难民提供帐篷。", "zh"))
    }
}
