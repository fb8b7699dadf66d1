import Testing
@testable import PlanLint

/// The reading steps added for the fifteenth round's general causes (docs/lint.md, "Fifteenth
/// round"), each with constructed sentences it flags and sentences it leaves alone (hard negatives).
struct FifteenthRoundReadingTests: SentenceReading {
    /// A ministry named with its portfolio in capitals (`le ministère algérien des Affaires
    /// étrangères`) is a national body: with the agency, a joint subject.
    @Test func aMinistryWithItsPortfolioIsANationalBody() {
        #expect(!flagged("Le ministère algérien des Affaires étrangères et le PAM ont signé un accord sur cette aide.", "fr", section: "Coordination"))
        #expect(!flagged("Le ministère algérien des Affaires étrangères et le PAM ont distribué des vivres.", "fr"))
        #expect(!flagged("Le ministère de la Santé publique et le HCR vaccineront les enfants.", "fr"))
        #expect(!flagged("El Ministerio ecuatoriano de Relaciones Exteriores y el ACNUR firmaron un acuerdo.", "es"))
        #expect(!flagged("The Ministry of Foreign Affairs and UNHCR signed an agreement.", "en"))
        // Hard negatives: the agency alone, a ministry in another clause, a ministry as an object.
        #expect(findings("Le PAM a signé un accord.", "fr") == ["language.agency-as-actor"])
        #expect(findings("Le ministère de l'Intérieur a distribué des tentes, et le HCR a distribué des kits.", "fr") == ["language.agency-as-actor"])
        #expect(findings("Le ministère algérien des Affaires étrangères a salué le PAM, et le PAM a distribué des vivres.", "fr") == ["language.agency-as-actor"])
    }

    /// Several agencies that spell out a collective before a colon or a bracket (`Trois organismes
    /// de l'ONU : le HCR, le PAM et l'UNICEF`, `UN agencies (UNHCR, WFP)`) are that collective acting
    /// together, as `Six UN agencies - UNICEF, WFP ... - contributed` was.
    @Test func agenciesSpellingOutACollectiveActTogether() {
        #expect(!flagged("Trois organismes de l’ONU : Le Haut-Commissariat des Nations unies pour les réfugiés (HCR), le Programme Alimentaire Mondial (PAM) et le Fonds des Nations unies pour l’Enfance (UNICEF), ont organisé une visite dans les camps.", "fr", section: "Coordination"))
        #expect(!flagged("Trois organismes de l'ONU : le HCR, le PAM et l'UNICEF ont distribué des kits.", "fr"))
        #expect(!flagged("Trois agences des Nations unies (HCR, PAM, UNICEF) ont distribué des kits.", "fr"))
        #expect(!flagged("Three UN agencies: UNHCR, WFP and UNICEF organized a visit.", "en"))
        #expect(!flagged("UN agencies (UNHCR, WFP) distributed kits.", "en"))
        #expect(!flagged("Tres agencias de la ONU: el ACNUR, el PMA y UNICEF organizaron una visita.", "es"))
        // Hard negatives: a place or the agency before the colon, one agency spelling out a
        // collective, two agencies with no collective before them.
        #expect(findings("Les camps : le HCR et le PAM y distribuent des kits.", "fr") == ["language.agency-as-actor"])
        #expect(findings("In the camps: UNHCR and WFP distribute kits.", "en") == ["language.agency-as-actor"])
        #expect(findings("Los campamentos: el ACNUR y el PMA distribuyen kits.", "es") == ["language.agency-as-actor"])
        #expect(findings("Un organisme : le HCR a distribué des tentes.", "fr") == ["language.agency-as-actor"])
        #expect(findings("Le HCR : il a distribué des tentes.", "fr") == ["language.agency-as-actor"])
        #expect(findings("L'UNICEF et le HCR ont distribué des tentes.", "fr") == ["language.agency-as-actor"])
    }

    /// The agency's operation needing money is its funding also after a fronted time phrase
    /// (`Actuellement, l'opération du PAM requiert`, `Actualmente, la operación del PMA requiere`).
    @Test func anOwnedSubjectAfterAFrontedPhraseNeedsMoney() {
        #expect(findings("Actuellement, l’opération du PAM requiert 7 000 tonnes de nourriture soit 5 millions de dollars pour les six mois à venir.", "fr", section: "Budget") == ["language.agency-funding"])
        #expect(findings("En 2025, l’opération du PAM nécessite 5 millions de dollars.", "fr", section: "Budget") == ["language.agency-funding"])
        #expect(findings("Actualmente, la operación del PMA requiere 5 millones de dólares.", "es", section: "Budget") == ["language.agency-funding"])
        // Hard negatives: a government's operation, no money, a verb in the fronted phrase.
        #expect(!flagged("Actualmente, la operación del gobierno requiere 5 millones de dólares.", "es", section: "Budget"))
        #expect(!flagged("Actuellement, l’opération du PAM requiert 7 000 tonnes de nourriture.", "fr", section: "Budget"))
        #expect(!flagged("Le gouvernement a annoncé, l’opération du PAM étant terminée, 5 millions de dollars pour les écoles.", "fr", section: "Budget"))
    }

    /// `难民专员办事处` (Office of the High Commissioner for Refugees, without `联合国`) names UNHCR.
    @Test func theHighCommissionersOfficeNamesTheAgency() {
        #expect(flagged("难民专员办事处及其合作者向难民提供有关他们抵达后将会找到的条件的建议和信息。", "zh"))
        #expect(findings("难民专员办事处向难民提供建议和信息。", "zh") == ["language.agency-as-actor"])
        #expect(findings("難民專員辦事處向難民提供建議和信息。", "zh") == ["language.agency-as-actor"])
        // Hard negatives: a government office, the office as a source.
        #expect(!flagged("政府难民办事处向难民提供建议和信息。", "zh"))
        #expect(!flagged("据难民专员办事处统计，已有3000名难民抵达。", "zh"))
    }

    /// An agency's possessive after its acronym in brackets (`聯合國難民署(UNHCR)的安置計畫`) is read
    /// as the possessive right after the name is.
    @Test func aPossessiveAfterTheAcronymInBracketsIsTheAgencys() {
        #expect(flagged("相較之下,至少有 7,649 人透過聯合國難民署(UNHCR)的安置計畫移居至第三國。", "zh", section: "Situation"))
        #expect(flagged("至少有 7,649 人通过联合国难民署（UNHCR）的安置计划移居至第三国。", "zh", section: "Situation"))
        #expect(findings("联合国难民署(UNHCR)2025年的资金需求为5亿美元。", "zh", section: "Budget") == ["language.agency-funding"])
        // Hard negatives: the agency's data and statistics, a government's programme.
        #expect(!flagged("联合国难民署(UNHCR)的数据显示,7649人已移居第三国。", "zh", section: "Situation"))
        #expect(!flagged("据联合国难民署(UNHCR)的统计,7649人已移居第三国。", "zh", section: "Situation"))
        #expect(!flagged("政府(MOI)的安置计划帮助了7649人。", "zh", section: "Situation"))
    }

    /// A section, sub-office, antenna or delegation of the agency (`La section de Tindouf relevant
    /// du HCR`, `la suboficina del ACNUR`) acting is the agency acting, as its office is.
    @Test func anAgencysSectionOrSubOfficeActs() {
        #expect(findings("La section de Tindouf relevant du Haut Commissariat des Nations Unies pour les Réfugiés (UNHCR), bureau Algérie, a entamé ce jeudi la deuxième phase de son aide alimentaire.", "fr", section: "Situation") == ["language.agency-as-actor"])
        #expect(findings("La section de Tindouf du HCR a distribué des vivres.", "fr") == ["language.agency-as-actor"])
        #expect(findings("L'antenne du HCR à Tindouf a distribué des vivres.", "fr") == ["language.agency-as-actor"])
        #expect(findings("La sección de Tinduf dependiente del ACNUR distribuyó alimentos.", "es") == ["language.agency-as-actor"])
        #expect(findings("La suboficina del ACNUR en Tinduf distribuyó alimentos.", "es") == ["language.agency-as-actor"])
        // Hard negatives: a ministry's section, a section reporting, refugees of the section, and
        // the section coordinating in a coordination section.
        #expect(!flagged("La section de Tindouf du ministère a distribué des vivres.", "fr"))
        #expect(!flagged("La sección del ministerio distribuyó alimentos.", "es"))
        #expect(!flagged("La section de protection du HCR rapporte que 300 familles sont arrivées.", "fr"))
        #expect(!flagged("Les réfugiés de la section de Tindouf du HCR ont reçu des vivres.", "fr"))
        #expect(!flagged("La section de Tindouf du HCR coordonne les partenaires.", "fr", section: "Coordination"))
    }

    /// A relative possessive right after the agency (`du HCR dont le programme`, `UNHCR, whose
    /// programme`, `del ACNUR, cuyo programa`) names what the agency owns, as `le programme du HCR`
    /// does.
    @Test func aRelativePossessiveNamesWhatTheAgencyOwns() {
        #expect(findings("Ils bénéficient de l'assistance du HCR dont le programme consiste à satisfaire aux besoins essentiels.", "fr") == ["language.agency-branding"])
        #expect(findings("They receive assistance from UNHCR, whose programme aims to meet basic needs.", "en") == ["language.agency-branding"])
        #expect(findings("Reciben la asistencia del ACNUR, cuyo programa consiste en satisfacer las necesidades básicas.", "es") == ["language.agency-branding"])
        #expect(findings("Ils reçoivent l'aide du HCR, dont les équipes distribuent des vivres.", "fr") == ["language.agency-as-actor"])
        // Hard negatives: a government's programme, the agency's data, `dont` as `of which`, two
        // owners joined before the relative.
        #expect(!flagged("Ils bénéficient de l'aide du gouvernement dont le programme consiste à satisfaire aux besoins.", "fr"))
        #expect(!flagged("They receive assistance from the Government, whose programme aims to meet basic needs.", "en"))
        #expect(!flagged("Reciben la asistencia del ACNUR, cuyos datos muestran un aumento.", "es"))
        #expect(!flagged("Le HCR, dont les données montrent une hausse, est présent.", "fr"))
        #expect(!flagged("Ils ont reçu des tentes du HCR, dont il a salué l'aide.", "fr"))
        #expect(!flagged("Ils bénéficient de l'aide du HCR et du PAM, dont le programme consiste à satisfaire aux besoins.", "fr"))
        #expect(!flagged("Ils bénéficient de l'aide du gouvernement et du HCR, dont le programme consiste à satisfaire aux besoins.", "fr"))
    }
}
