import Testing
@testable import PlanLint

/// The reading steps added for the twelfth round's general causes (docs/lint.md, "Twelfth
/// round"), each with constructed sentences it flags and sentences it leaves alone (hard negatives).
struct TwelfthRoundReadingTests: SentenceReading {
    /// Wanting and wishing are catenatives in every language (`Le HCR veut mobiliser`, `souhaite
    /// distribuer`, `wishes to distribute`, `desea distribuir`): the infinitive is the predicate.
    @Test func wantingAndWishingAreCatenatives() {
        #expect(findings("Le HCR veut distribuer des tentes aux familles.", "fr") == ["language.agency-as-actor"])
        #expect(findings("Le PAM souhaite réduire les rations dans les camps.", "fr") == ["language.agency-as-actor"])
        #expect(findings("UNHCR wishes to distribute tents to the families.", "en") == ["language.agency-as-actor"])
        #expect(findings("El ACNUR desea distribuir alimentos en la frontera.", "es") == ["language.agency-as-actor"])
        // Hard negatives: someone else wants; a wish about others (`veut que les réfugiés soient
        // protégés`) is no act of the agency's.
        #expect(!flagged("Le gouvernement veut distribuer des tentes aux familles.", "fr"))
        #expect(!flagged("Le HCR veut que les réfugiés soient protégés.", "fr"))
        #expect(!flagged("The ministry wishes to distribute tents to the families.", "en"))
        #expect(!flagged("El gobierno desea distribuir alimentos en la frontera.", "es"))
    }

    /// An agency that asks for support (not money) appeals in its own voice: `solicita apoyo
    /// internacional urgente`, `requests international support`, `sollicite un soutien accru`.
    @Test func askingForSupportIsAnAppeal() {
        #expect(findings("El ACNUR solicita apoyo internacional urgente para el este de Chad.", "es") == ["language.agency-advocacy"])
        #expect(findings("UNHCR requests international support for the host countries.", "en") == ["language.agency-advocacy"])
        #expect(findings("Le HCR sollicite un soutien accru de la communauté internationale.", "fr") == ["language.agency-advocacy"])
        // Money asked for stays a funding finding.
        #expect(findings("El ACNUR solicita 20 millones de dólares para el este de Chad.", "es") == ["language.agency-funding"])
        // Hard negatives: a government asks, several agencies ask together, support received.
        #expect(!flagged("El gobierno solicita apoyo internacional urgente para el este de Chad.", "es"))
        #expect(!flagged("UNHCR and IOM request international support for the host countries.", "en"))
        #expect(!flagged("The government requests international support for the host countries.", "en"))
        #expect(!flagged("El ACNUR recibió apoyo del gobierno local.", "es"))
        #expect(!flagged("UNHCR received support from the host government.", "en"))
    }

    /// Chinese: a description after a plural demonstrative or a count names several agencies
    /// (`这些联合国机构`, these UN agencies), not one; `联合国机构` alone or after `该` is one.
    @Test func aPluralDescriptionNamesSeveralAgencies() {
        #expect(!flagged("这些联合国机构呼吁国际社会提供紧急资金。", "zh"))
        #expect(!flagged("這些聯合國機構呼籲國際社會提供緊急資金。", "zh"))
        #expect(!flagged("各联合国机构将提供援助。", "zh"))
        // Triggering: one agency described.
        #expect(flagged("该联合国机构将提供援助。", "zh"))
        #expect(flagged("联合国难民署表示，该联合国机构将提供援助。", "zh"))
    }

    /// English: one plain noun between an agency and its staff (`The IOM protection teams are
    /// assisting`, `IOM protection staff`) still names the agency's staff acting.
    @Test func aNounBetweenAnAgencyAndItsStaff() {
        #expect(findings("The IOM protection teams are assisting the returnees at the border.", "en") == ["language.agency-as-actor"])
        #expect(findings("UNHCR protection staff will register the new arrivals.", "en") == ["language.agency-as-actor"])
        // Hard negatives: the staff acted upon, a data source, assets delayed.
        #expect(!flagged("The IOM protection teams were briefed by the government.", "en"))
        #expect(!flagged("The UNHCR protection staff reported 300 arrivals last week.", "en"))
        #expect(!flagged("WFP food trucks were delayed at the border.", "en"))
    }

    /// A participle with a place between an agency and its verb, without commas (`L'agence
    /// onusienne basée à Genève appelle`, `La OIM basada en Ginebra entrega`, `UNHCR based in Geneva
    /// will distribute`), as with commas.
    @Test func aPlaceParticipleAfterTheAgency() {
        #expect(findings("L'agence onusienne basée à Genève appelle à un soutien renouvelé pour les réfugiés.", "fr") == ["language.agency-advocacy"])
        #expect(findings("L'OIM basée à Genève distribue des kits d'hygiène.", "fr") == ["language.agency-as-actor"])
        #expect(findings("La OIM basada en Ginebra entrega kits de higiene.", "es") == ["language.agency-as-actor"])
        #expect(findings("UNHCR based in Geneva will distribute tents to the families.", "en") == ["language.agency-as-actor"])
        // Hard negatives: a government so placed, and an agency so placed that estimates.
        #expect(!flagged("Le gouvernement basé à Kinshasa distribue des kits d'hygiène.", "fr"))
        #expect(!flagged("El gobierno basado en Kinsasa entrega kits de higiene.", "es"))
        #expect(!flagged("The ministry based in Kinshasa will distribute tents to the families.", "en"))
        #expect(!flagged("L'OIM basée à Genève estime que 300 000 personnes ont fui.", "fr", section: "Analyse de la situation"))
    }

    /// An adjective of commitment with an infinitive (`est fermement résolu à appuyer`, `se dit
    /// résolu à appuyer`, `remains firmly committed to supporting`, `está dispuesto a ayudar`):
    /// the infinitive is the subject's act, also after an adverb and after `se dire`.
    @Test func committedToAnAct() {
        #expect(findings("Le HCR est fermement résolu à appuyer des solutions durables.", "fr") == ["language.agency-as-actor"])
        #expect(findings("L'agence onusienne se dit résolue à appuyer des solutions durables.", "fr") == ["language.agency-as-actor"])
        #expect(findings("UNHCR remains firmly committed to supporting durable solutions.", "en") == ["language.agency-as-actor"])
        #expect(findings("El ACNUR está dispuesto a ayudar a quienes quieran regresar.", "es") == ["language.agency-as-actor"])
        // Hard negatives: a government's or a minister's commitment.
        #expect(!flagged("Le gouvernement se dit résolu à appuyer des solutions durables.", "fr"))
        #expect(!flagged("The government is determined to support durable solutions.", "en"))
        #expect(!flagged("El gobierno está dispuesto a ayudar a quienes quieran regresar.", "es"))
        #expect(!flagged("La ministra se declaró decidida a apoyar soluciones duraderas.", "es"))
    }
}
