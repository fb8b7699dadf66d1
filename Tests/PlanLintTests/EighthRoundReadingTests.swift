import Testing
@testable import PlanLint

/// The reading steps added for the eighth round's general causes (docs/lint.md, "Ninth round"),
/// each with constructed sentences it flags and sentences it leaves alone (hard negatives).
struct EighthRoundReadingTests: SentenceReading {
    /// The agency in the dative or as the possessor of a lack: a gap whose agency is not the
    /// subject (`Al PMA le faltan`, `il manque au PAM`, `WFP is short of`).
    @Test func agencyLacks() {
        #expect(flagged("Al PMA le faltan 40 millones de dólares para mantener las raciones hasta marzo.", "es"))
        #expect(flagged("A la OIM le hacen falta 12 millones de dólares para los albergues.", "es"))
        #expect(flagged("Al ACNUR todavía le faltan 8 millones de dólares para las mantas.", "es"))
        #expect(flagged("Il manque 35 millions de dollars au PAM pour maintenir les rations.", "fr"))
        #expect(flagged("Il manque au PAM 35 millions de dollars pour maintenir les rations.", "fr"))
        #expect(flagged("Il manque encore à l'UNICEF 8 millions de dollars pour les vaccins.", "fr"))
        #expect(flagged("WFP is short of $40 million to keep full rations until March.", "en"))
        #expect(flagged("UNHCR is still short of 12 million dollars for the shelters.", "en"))
        // Hard negatives: a government or the plan lacks, an agency that lacks nothing.
        #expect(!flagged("Al ministerio le faltan 40 millones de dólares para mantener las raciones hasta marzo.", "es"))
        #expect(!flagged("A las familias les faltan alimentos y agua potable.", "es"))
        #expect(!flagged("Al ministerio todavía le faltan 8 millones de dólares para las mantas.", "es"))
        #expect(!flagged("Il manque 35 millions de dollars au ministère pour maintenir les rations.", "fr"))
        #expect(!flagged("Il manque au ministère 35 millions de dollars pour maintenir les rations.", "fr"))
        #expect(!flagged("Il manque aux familles des abris et de l'eau potable.", "fr"))
        #expect(!flagged("The ministry is short of $40 million to keep full rations until March.", "en"))
        #expect(!flagged("The families are short of food and clean water.", "en"))
    }

    /// A subject left unstated after an agency's source phrase (`Según estimaciones de X`,
    /// `selon X`): the next verb is the agency's when it is a need or an act in the future.
    @Test func nullSubjectAfterSource() {
        #expect(flagged("Según estimaciones del PMA, necesitará 20 millones de dólares para los próximos seis meses.", "es"))
        #expect(flagged("Selon le PAM, il lui faudra 20 millions de dollars pour les six prochains mois.", "fr"))
        // Hard negatives: the data citation with its own subject.
        #expect(!flagged("Según estimaciones del PMA, las familias necesitarán más ayuda en los próximos seis meses.", "es"))
        #expect(!flagged("Selon le PAM, les familles auront besoin d'aide pendant les six prochains mois.", "fr"))
        #expect(!flagged("According to WFP estimates, households will need more assistance in the next six months.", "en"))
    }

    /// The agency inside a relative clause that modifies the subject: the subject is the agency's
    /// goods (`La ayuda que Unicef se comprometió a entregar aterrizó`).
    @Test func agencyInRelativeClause() {
        #expect(flagged("La ayuda que el UNICEF se comprometió a entregar aterrizó ayer en el aeropuerto.", "es"))
        #expect(flagged("L'aide que l'UNICEF s'est engagé à livrer a atterri hier à l'aéroport.", "fr"))
        #expect(flagged("The aid that UNICEF pledged to deliver landed yesterday at the airport.", "en"))
        #expect(!flagged("La ayuda que el gobierno se comprometió a entregar aterrizó ayer en el aeropuerto.", "es"))
        #expect(!flagged("L'aide que le gouvernement s'est engagé à livrer a atterri hier à l'aéroport.", "fr"))
        #expect(!flagged("The aid that the government pledged to deliver landed yesterday at the airport.", "en"))
    }

    /// Future and conditional forms generated from lemmas and conjugation classes, in reported
    /// clauses (`detalló que dispensará`, `a indiqué que le HCR s'occuperait`).
    @Test func futureAndConditionalForms() {
        #expect(flagged("El ACNUR detalló que dispensará alimentos a las familias desplazadas.", "es"))
        #expect(flagged("La OIM anunció que habilitaría dos albergues en la frontera.", "es"))
        #expect(flagged("M. Dupont a indiqué que le HCR s'occuperait des nouveaux arrivants.", "fr"))
        #expect(flagged("Le PAM a annoncé qu'il concentrerait ses ressources sur le nord.", "fr"))
        #expect(!flagged("El ministerio detalló que dispensará alimentos a las familias desplazadas.", "es"))
        #expect(!flagged("M. Dupont a indiqué que le gouvernement s'occuperait des nouveaux arrivants.", "fr"))
        #expect(!flagged("Le ministère a annoncé qu'il concentrerait ses ressources sur le nord.", "fr"))
    }

    /// Possession with a predicate adjective: the agency has goods ready (`tiene listo`).
    @Test func resultativeReady() {
        #expect(flagged("El PMA tiene listo un cargamento de 500 toneladas de alimentos.", "es"))
        #expect(flagged("La OIM tiene listos los albergues para recibir a las familias.", "es"))
        #expect(flagged("WFP has a shipment of 500 tonnes of food ready.", "en"))
        #expect(!flagged("El ministerio tiene listo un cargamento de 500 toneladas de alimentos.", "es"))
        #expect(!flagged("La escuela tiene listos los pupitres para el nuevo curso.", "es"))
        #expect(!flagged("The ministry has a shipment of 500 tonnes of food ready.", "en"))
    }

    /// An agentive `by UNHCR` nominalisation that is the subject of a requirement.
    @Test func agentiveNominalisationNeedsMoney() {
        #expect(flagged("The contingency preparations by UNHCR require $60 million.", "en"))
        #expect(flagged("Les préparatifs du HCR nécessitent 60 millions de dollars.", "fr"))
        #expect(flagged("Los preparativos del ACNUR requieren 60 millones de dólares.", "es"))
        #expect(!flagged("The contingency preparations by the government require $60 million.", "en"))
        #expect(!flagged("Les préparatifs du gouvernement nécessitent 60 millions de dollars.", "fr"))
        #expect(!flagged("Los preparativos del gobierno requieren 60 millones de dólares.", "es"))
    }

    /// The agency as the object of a help verb when the sentence is its appeal.
    @Test func helpTheAgency() {
        #expect(flagged("The funds are needed to help UNICEF distribute school kits in the camps.", "en"))
        #expect(flagged("Ces fonds sont nécessaires pour aider l'UNICEF à distribuer des kits scolaires.", "fr"))
        #expect(flagged("Estos fondos son necesarios para ayudar al UNICEF a distribuir kits escolares.", "es"))
        #expect(!flagged("The funds are needed to help families buy school kits in the camps.", "en"))
        #expect(!flagged("Ces fonds sont nécessaires pour aider les familles à acheter des kits scolaires.", "fr"))
        #expect(!flagged("Estos fondos son necesarios para ayudar a las familias a comprar kits escolares.", "es"))
    }

    /// Money accepted by the agency (`接受…捐赠`).
    @Test func moneyAccepted() {
        #expect(flagged("世界粮食计划署接受了日本政府捐赠的500万美元。", "zh"))
        #expect(flagged("难民署已接受欧盟捐赠的300万欧元用于帐篷。", "zh"))
        #expect(!flagged("卫生部接受了日本政府捐赠的500万美元。", "zh"))
        #expect(!flagged("难民家庭接受了社区捐赠的衣物。", "zh"))
    }

    /// Counted offices or staff of an agency with a lower-case place phrase before the verb
    /// (`65 bureaux de l'OIM dans les pays d'accueil ont fourni`).
    @Test func officesWithPlacePhrase() {
        #expect(flagged("Les 40 bureaux de l'OIM dans les pays d'accueil et de transit ont fourni des kits aux familles.", "fr"))
        #expect(flagged("Las 40 oficinas de la OIM en los países de acogida y de tránsito entregaron kits a las familias.", "es"))
        #expect(flagged("The 40 IOM offices in the host and transit countries provided kits to the families.", "en"))
        #expect(!flagged("Les 40 bureaux du ministère dans les pays d'accueil et de transit ont fourni des kits aux familles.", "fr"))
        #expect(!flagged("Las 40 oficinas del ministerio en los países de acogida y de tránsito entregaron kits a las familias.", "es"))
        // A partner joined in the phrase: a joint action.
        #expect(!flagged("Les bureaux de l'OIM en partenariat avec le gouvernement ont fourni des kits aux familles.", "fr"))
        #expect(!flagged("The IOM offices in partnership with the government provided kits to the families.", "en"))
    }

    /// The agentive nominalisation with a place or time phrase between the agent and the
    /// requirement (`preparations by UNHCR in the region require`).
    @Test func agentiveNominalisationWithPhrase() {
        #expect(flagged("The initial preparations by UNHCR in the border region require $60 million.", "en"))
        #expect(flagged("Los preparativos iniciales del ACNUR en la región fronteriza requieren 60 millones de dólares.", "es"))
        #expect(!flagged("The initial preparations by the government in the border region require $60 million.", "en"))
        #expect(!flagged("The needs of refugees in the border region require $60 million.", "en"))
    }
}
