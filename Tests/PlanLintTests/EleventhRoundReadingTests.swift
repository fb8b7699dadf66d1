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
}
