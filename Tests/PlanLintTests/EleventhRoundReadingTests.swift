import Testing
@testable import PlanLint

/// The reading steps added for the eleventh round's general causes (docs/lint.md, "Eleventh
/// round"), each with constructed sentences it flags and sentences it leaves alone (hard negatives).
struct EleventhRoundReadingTests: SentenceReading {
    /// A French or Spanish reporting verb with a noun phrase as its object (`ha señalado los
    /// desafíos que enfrentan los países`): the `que` after the noun opens a relative clause, and
    /// the agency is a source, as with a reported clause about others.
    @Test func reportingVerbWithAnObject() {
        #expect(!flagged("Sobre este particular, el ACNUR ha señalado los desafíos que enfrentan los países de acogida.", "es", section: "Situation analysis"))
        #expect(!flagged("La OIM destacó las dificultades que encuentran los migrantes en la frontera.", "es", section: "Situation analysis"))
        #expect(!flagged("Le HCR a souligné les défis que rencontrent les pays d'accueil.", "fr", section: "Situation analysis"))
        // Triggering: a reported clause after `que`, also after a time phrase with an article.
        #expect(flagged("El ACNUR señaló que distribuirá alimentos en la frontera.", "es"))
        #expect(flagged("El ACNUR anunció el lunes que distribuirá alimentos en la frontera.", "es"))
        #expect(flagged("El ACNUR informó a los socios que distribuirá alimentos en la frontera.", "es"))
        #expect(flagged("Le HCR a annoncé la semaine dernière qu'il distribuera des vivres.", "fr"))
        // An announcement's object is the agency's own act.
        #expect(flagged("El ACNUR anunció la apertura de un centro que atenderá a 500 familias.", "es"))
    }

    /// An agency and its one named partner (`le HCR et son partenaire de mise en œuvre ADES`, `UNHCR
    /// and its partner ADES`, `el ACNUR y su socio ADES`), as with its partners in the plural.
    @Test func agencyAndItsOnePartner() {
        #expect(flagged("Le HCR et son partenaire de mise en œuvre ADES ont renforcé la sensibilisation contre Ebola.", "fr"))
        #expect(flagged("UNHCR and its partner ADES strengthened awareness-raising against Ebola.", "en"))
        #expect(flagged("El ACNUR y su socio ADES reforzaron la sensibilización contra el ébola.", "es"))
        // Hard negatives: the agency and its partner as objects, and a national partner of the
        // ministry.
        #expect(!flagged("The project is run with UNHCR and its partner ADES.", "en"))
        #expect(!flagged("Le ministère et son partenaire ADES ont renforcé la sensibilisation contre Ebola.", "fr"))
        #expect(!flagged("El ministerio y su socio ADES reforzaron la sensibilización contra el ébola.", "es"))
    }

    /// French `en` votes for French as well as Spanish: a French sentence with several `en`
    /// (`En 2018, en effet, le HCR a lancé un appel de fonds de ...`) is no longer read as Spanish.
    @Test func frenchEnIsFrench() {
        #expect(flagged("En 2018, en effet, le HCR avait lancé un appel de fonds de 918 millions de dollars.", "fr", section: "Financial requirements"))
        #expect(flagged("En 2024, en outre, le PAM a besoin de 5 millions de dollars.", "fr", section: "Financial requirements"))
        #expect(flagged("En 2018, en efecto, el ACNUR necesita 5 millones de dólares.", "es", section: "Financial requirements"))
        // Hard negatives: the plan's own needs and a government's appeal.
        #expect(!flagged("En 2018, en effet, les partenaires du plan ont lancé un appel de fonds de 918 millions de dollars.", "fr", section: "Financial requirements"))
        #expect(!flagged("En 2024, en outre, le gouvernement a besoin de 5 millions de dollars.", "fr", section: "Financial requirements"))
    }

    /// Chinese: `高度关注`, `表示关注` (is highly concerned) are concern; a verb right before a
    /// collective noun is its modifier (`与其他人道救援机构`: a joint action).
    @Test func chineseConcernAndCollectives() {
        #expect(flagged("聯合國難民署高度關注阿富汗持續升溫的人道危機。", "zh", section: "Situation analysis"))
        #expect(flagged("联合国儿童基金会对难民儿童的处境表示关注。", "zh", section: "Situation analysis"))
        #expect(!flagged("联合国难民署与其他人道救援机构向流离失所者派发援助物资。", "zh"))
        #expect(!flagged("难民署和其他人道救援机构在边境设立接待点。", "zh"))
        // Hard negatives and triggering counterparts: a government's concern; the agency alone,
        // and giving goods to relief agencies.
        #expect(!flagged("阿富汗政府高度关注难民的处境。", "zh", section: "Situation analysis"))
        #expect(flagged("联合国难民署向流离失所者派发援助物资。", "zh"))
        #expect(flagged("联合国难民署向其他人道救援机构提供物资。", "zh"))
    }

    /// An agency's hope that others fund it, with money in what it hopes for (`espera que sus
    /// donantes puedan financiar los 1.440 millones de dólares que necesita`, `希望有关捐助资金能尽快到位`):
    /// an appeal in its own name, also in a reported clause.
    @Test func hopedFunding() {
        #expect(flagged("El ACNUR dijo hoy que espera que sus donantes puedan financiar los 1.440 millones de dólares que necesita.", "es", section: "Financial requirements"))
        #expect(flagged("UNHCR hopes its donors can fund the 1.4 billion dollars it needs.", "en", section: "Financial requirements"))
        #expect(flagged("Le HCR espère que ses donateurs pourront financer les 1,4 milliard de dollars dont il a besoin.", "fr", section: "Financial requirements"))
        #expect(flagged("世界粮食计划署希望有关捐助资金能尽快到位。", "zh", section: "Financial requirements"))
        // Hard negatives: a ministry's or a government's hope for money, and a joint hope.
        #expect(!flagged("El ministerio espera que los donantes financien los 20 millones de dólares que necesita.", "es", section: "Financial requirements"))
        #expect(!flagged("The government hopes its donors can fund the 20 million dollars it needs.", "en", section: "Financial requirements"))
        #expect(!flagged("政府希望有关捐助资金能尽快到位。", "zh", section: "Financial requirements"))
        #expect(!flagged("UNHCR and IOM hope that donors can fund the 1.4 billion dollars the plan needs.", "en", section: "Financial requirements"))
        // Without money the hope is read as before: hoping to act is acting.
        #expect(flagged("UNHCR hopes to return 10,000 refugees this year.", "en"))
        #expect(findings("UNHCR hopes to return 10,000 refugees this year.", "en") == ["language.agency-as-actor"])
    }

    /// Chinese: a time clause (`在...之前`, `在...之后`) that opens a reported clause without a
    /// subject; `在` with a place is no time clause.
    @Test func chineseTimeClauseInAReportedClause() {
        #expect(flagged("粮食计划署称，在暂停粮食援助之前已经尝试使用所有可行方式提供援助。", "zh"))
        #expect(flagged("粮食计划署称，在雨季到来之后将向难民发放粮食。", "zh"))
        // Hard negatives: a report about others, and a ministry's reported clause.
        #expect(!flagged("粮食计划署称，在冲突爆发之后已有数千人逃离。", "zh"))
        #expect(!flagged("粮食计划署称，在苏丹有400万难民需要援助。", "zh", section: "Situation analysis"))
        #expect(!flagged("卫生部称，在暂停援助之前已经尝试提供援助。", "zh"))
    }

    /// Information given to the people the response serves is a service, not a coordination task
    /// (the tenth round's limitation): `will provide information and counselling to refugees` is an
    /// act in a coordination section; information given to partners, or data about refugees shared
    /// with partners, stays a coordination role; in Chinese information given to partners
    /// (`向合作伙伴提供信息`) is a coordination task in a coordination section too.
    @Test func informationToTheServedPeople() {
        #expect(flagged("UNHCR will provide information and counselling to refugees.", "en", section: "Coordination"))
        #expect(flagged("UNHCR will give refugees information on asylum procedures.", "en", section: "Coordination"))
        #expect(flagged("Le HCR fournira des informations et des conseils aux réfugiés.", "fr", section: "Coordination"))
        #expect(flagged("El ACNUR entregará información a los refugiados sobre el asilo.", "es", section: "Coordination"))
        #expect(flagged("难民署将向难民提供信息和咨询。", "zh", section: "Coordination"))
        #expect(flagged("难民署将向合作伙伴提供帐篷。", "zh", section: "Coordination"))
        #expect(flagged("难民署将向合作伙伴提供信息。", "zh"))
        // Hard negatives: information for partners, data about refugees.
        #expect(!flagged("UNHCR will provide information to partners.", "en", section: "Coordination"))
        #expect(!flagged("The UNHCR Representative gave the participants updated statistics on refugees and informed the partners of the situation.", "en", section: "Coordination"))
        #expect(!flagged("Le HCR partagera des données sur les réfugiés avec les partenaires.", "fr", section: "Coordination"))
        #expect(!flagged("El ACNUR compartirá datos sobre los refugiados con los socios.", "es", section: "Coordination"))
        #expect(!flagged("难民署将向合作伙伴提供最新信息。", "zh", section: "Coordination"))
    }
}
