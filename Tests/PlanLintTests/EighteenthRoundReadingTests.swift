import Testing
@testable import PlanLint

/// Readings added for the eighteenth round's development-split errors (docs/lint.md, "Eighteenth
/// round"), each with constructed sentences it flags and hard negatives it leaves alone, in each
/// language where the construction exists.
struct EighteenthRoundReadingTests: SentenceReading {
    /// `enjoin`, `enjoindre`, `conminar`, `力促`: urging someone to act is the agency's advocacy,
    /// also after the French article before an English acronym (`L'UNHCR enjoint`).
    @Test func enjoiningIsAdvocacy() {
        #expect(findings("L'UNHCR enjoint les responsables à trouver une solution pacifique.", "fr") == ["language.agency-advocacy"])
        #expect(findings("L'UNHCR exhorte les responsables à trouver une solution pacifique.", "fr") == ["language.agency-advocacy"])
        #expect(findings("Le HCR enjoint aux autorités de protéger les réfugiés.", "fr") == ["language.agency-advocacy"])
        #expect(findings("UNHCR enjoins the authorities to find a peaceful solution.", "en") == ["language.agency-advocacy"])
        #expect(findings("ACNUR conmina a las autoridades a encontrar una solución pacífica.", "es") == ["language.agency-advocacy"])
        #expect(findings("难民署力促有关当局找到和平解决办法。", "zh") == ["language.agency-advocacy"])
        // Hard negatives: the government enjoining, two agencies together.
        #expect(!flagged("Le gouvernement enjoint les responsables à trouver une solution pacifique.", "fr"))
        #expect(!flagged("The Government enjoins the parties to find a peaceful solution.", "en"))
        #expect(!flagged("El gobierno conmina a las partes a encontrar una solución pacífica.", "es"))
        #expect(!flagged("政府力促各方找到和平解决办法。", "zh"))
        #expect(!flagged("L'UNHCR et l'OIM enjoignent les responsables à trouver une solution pacifique.", "fr"))
    }

    /// A donation or operation the agency owns that amounts to money (`se chiffre à`, `s'élève à`,
    /// `asciende a`, `amounts to`) is its funding; the lower-case `unicef` is the agency.
    @Test func anOwnedDonationAmountingToMoneyIsFunding() {
        let budget = "Budget"
        #expect(findings("Ce don de l’unicef se chiffre à plus de 11 millions de francs CFA.", "fr", section: budget) == ["language.agency-funding"])
        #expect(findings("La contribution du HCR s'élève à 2 millions de dollars.", "fr", section: budget) == ["language.agency-funding"])
        #expect(findings("La donación de UNICEF asciende a 2 millones de dólares.", "es", section: budget) == ["language.agency-funding"])
        #expect(findings("The UNICEF donation amounts to USD 2 million.", "en", section: budget) == ["language.agency-funding"])
        // Hard negatives: the government's donation, a count that amounts to a number.
        #expect(!flagged("Ce don du gouvernement se chiffre à plus de 11 millions de francs CFA.", "fr", section: budget))
        #expect(!flagged("La donación del gobierno asciende a 2 millones de dólares.", "es", section: budget))
        #expect(!flagged("The Government donation amounts to USD 2 million.", "en", section: budget))
        #expect(!flagged("Le nombre de réfugiés enregistrés par le HCR s'élève à 12 000.", "fr", section: budget))
    }

    /// Information about counts (`des informations sur le nombre de personnes`, `figures on the
    /// number of arrivals`, `datos sobre el número de`) is data: the agency is a source, in every
    /// section, also with a date between the verb and its object.
    @Test func informationAboutCountsIsData() {
        let situation = "Situation analysis"
        #expect(!flagged("Le PAM a fourni ce 18 avril des informations détaillées sur le nombre de personnes assistées dans le nord.", "fr", section: situation))
        #expect(!flagged("WFP provided detailed information on the number of people assisted in the north.", "en", section: situation))
        #expect(!flagged("El PMA proporcionó el 18 de abril datos sobre el número de personas asistidas en el norte.", "es", section: situation))
        // Still flagged: information given to refugees is a service, and goods are an act.
        #expect(flagged("Le HCR a fourni des informations et des conseils aux réfugiés sur le nombre de places.", "fr", section: situation))
        #expect(flagged("Le PAM a fourni ce 18 avril des vivres à 5 000 personnes dans le nord.", "fr", section: situation))
        #expect(flagged("WFP provided food to a large number of people in the north.", "en", section: situation))
    }

    /// A Spanish reported clause without a subject, opened by a phrase of means (`agregó que por
    /// los recursos del gobierno ... apoya`), is the agency's act.
    @Test func aMeansPhraseOpensAReportedClause() {
        #expect(findings("Unicef agregó que por los recursos del gobierno de Estados Unidos y de la Agencia de Desarrollo (USAID) apoya al Estado en la provisión de servicios.", "es") == ["language.agency-as-actor"])
        #expect(findings("ACNUR informó que con fondos de la Unión Europea distribuye mantas en la frontera.", "es") == ["language.agency-as-actor"])
        // Hard negatives: a subject of its own after the phrase, and the government reporting.
        #expect(!flagged("ACNUR informó que por la crisis los refugiados huyen hacia la frontera.", "es"))
        #expect(!flagged("El gobierno agregó que por los recursos de Estados Unidos apoya a las familias.", "es"))
    }

    /// Concern with the agency as a Spanish dative experiencer named by a reference (`a ese
    /// organismo de la ONU le preocupa`, `al organismo internacional le "preocupa"`), also with the
    /// verb in quotation marks.
    @Test func aReferenceAsTheDativeExperiencerOfConcern() {
        let strategy = "Response strategy"
        #expect(findings("El representante del ACNUR afirmó que a ese organismo de la ONU le preocupa que aumenten las llegadas.", "es", section: strategy) == ["language.agency-advocacy"])
        #expect(findings("Según UNICEF, el tránsito aumentó. Al organismo internacional le “preocupa” el incremento de niños.", "es", section: strategy) == ["language.agency-advocacy"])
        #expect(findings("Al ACNUR le “preocupa” el incremento de llegadas.", "es", section: strategy) == ["language.agency-advocacy"])
        // Hard negatives: the government as the experiencer, a reference with no agency named, the
        // agency as the object of a request.
        #expect(!flagged("Al gobierno le “preocupa” el incremento de llegadas.", "es", section: strategy))
        #expect(!flagged("Al organismo internacional le preocupa el incremento de llegadas.", "es", section: strategy))
        #expect(!flagged("Según UNICEF, el tránsito aumentó. El gobierno pidió al organismo internacional los datos de llegadas.", "es", section: strategy))
    }

    /// Demonstrative references (`this organization`, `cet organisme`, `dicho organismo`, `该国际组织`)
    /// refer back to an agency named earlier in the paragraph, and to nothing without one.
    @Test func demonstrativeReferencesReferBack() {
        #expect(findings("According to UNHCR, arrivals rose. This organization distributes blankets in the north.", "en") == ["language.agency-as-actor"])
        #expect(findings("Selon le HCR, les arrivées ont augmenté. Cet organisme distribue des couvertures dans le nord.", "fr") == ["language.agency-as-actor"])
        #expect(findings("Según ACNUR, las llegadas aumentaron. Dicho organismo distribuye mantas en el norte.", "es") == ["language.agency-as-actor"])
        #expect(findings("据难民署称，抵达人数有所增加。该国际组织正在北部分发毛毯。", "zh") == ["language.agency-as-actor"])
        // Hard negatives: no agency named before.
        #expect(!flagged("This organization distributes blankets in the north.", "en"))
        #expect(!flagged("Cet organisme distribue des couvertures dans le nord.", "fr"))
        #expect(!flagged("Dicho organismo distribuye mantas en el norte.", "es"))
        #expect(!flagged("该国际组织正在北部分发毛毯。", "zh"))
    }

    /// An agency's head named as a person (`Filippo Grandi`, `格兰迪`, `Amy Pope`, `Catherine
    /// Russell`, `Cindy McCain`) speaks and acts for it, in every script.
    @Test func aHeadNamedAsAPersonSpeaksForTheAgency() {
        #expect(findings("格蘭迪呼籲，各國繼續歡迎難民。", "zh") == ["language.agency-advocacy"])
        #expect(findings("格兰迪呼吁各国继续欢迎难民。", "zh") == ["language.agency-advocacy"])
        #expect(findings("Filippo Grandi urged states to keep welcoming refugees.", "en") == ["language.agency-advocacy"])
        #expect(findings("Filippo Grandi a appelé les États à continuer d'accueillir les réfugiés.", "fr") == ["language.agency-advocacy"])
        #expect(findings("Filippo Grandi instó a los Estados a seguir acogiendo a los refugiados.", "es") == ["language.agency-advocacy"])
        #expect(findings("Amy Pope urged states to open regular pathways.", "en") == ["language.agency-advocacy"])
        #expect(findings("Catherine Russell a exhorté les parties à protéger les enfants.", "fr") == ["language.agency-advocacy"])
        #expect(findings("Cindy McCain pidió a los donantes más fondos para la emergencia.", "es", section: "Budget") == ["language.agency-funding"])
        // Hard negatives: a head as a source of figures, another person appealing.
        #expect(!flagged("Selon Filippo Grandi, 120 millions de personnes sont déplacées.", "fr", section: "Situation analysis"))
        #expect(!flagged("Grandi said 120 million people were displaced.", "en", section: "Situation analysis"))
        #expect(!flagged("古特雷斯呼吁各国继续欢迎难民。", "zh"))
        #expect(!flagged("Antonio Guterres urged states to keep welcoming refugees.", "en"))
    }

    /// `它的伙伴` (its partners, with the pronoun `它的` for `其`) after the agency, also in a reported
    /// clause: the agency and its partners.
    @Test func itsPartnersWithTheChinesePronoun() {
        #expect(findings("勒格朗说,联合国儿童基金会和它的伙伴已经建立了监控系统。", "zh") == ["language.agency-and-its-partners"])
        #expect(findings("儿基会和它的合作伙伴正在分发饮用水。", "zh") == ["language.agency-and-its-partners"])
        #expect(findings("UNICEF and its partners have set up a monitoring system.", "en") == ["language.agency-and-its-partners"])
        // Hard negatives: the government and its partners, others' partners.
        #expect(!flagged("政府和它的伙伴已经建立了监控系统。", "zh"))
        #expect(!flagged("勒格朗说,政府和它的伙伴已经建立了监控系统。", "zh"))
    }
}
