import Testing
@testable import PlanLint

/// Lexicon entries added for the sixteenth round's false positives (docs/lint.md, "Sixteenth
/// round"), each with constructed sentences it leaves alone and hard negatives it still flags.
struct SixteenthRoundReadingTests: SentenceReading {
    /// Spanish `resaltar` (to highlight) reports as `destacar` does and `valorar` (to value, to
    /// praise) appraises as `elogiar` does: neither is an act, although the shape of an unknown
    /// preterite (`resaltó`) made them one.
    @Test func highlightingAndValuingAreNotActs() {
        #expect(!flagged("El representante del ACNUR resaltó la logística del gobierno peruano.", "es"))
        #expect(!flagged("El representante del ACNUR valoró el esfuerzo del gobierno.", "es"))
        #expect(!flagged("El ACNUR resaltó que las llegadas aumentaron en un 20 %.", "es"))
        // Hard negatives: what the agency reports about its own acts, and an act next to them.
        #expect(findings("El ACNUR resaltó que distribuirá alimentos en la frontera.", "es") == ["language.agency-as-actor"])
        #expect(findings("El ACNUR distribuyó alimentos en la frontera.", "es") == ["language.agency-as-actor"])
    }

    /// Chinese titles that open with `执行` (`执行主任`, executive director; `执行秘书`, `执行董事`,
    /// `执行局`) are one word, not the act verb `执行` (to carry out) after the agency's name.
    @Test func anExecutiveTitleIsNotTheActVerb() {
        #expect(!flagged("UNICEF执行主任拉塞尔指出,这场战事造成了严重影响。", "zh"))
        #expect(!flagged("联合国儿童基金会执行主任拉塞尔指出,冲突仍在持续。", "zh"))
        #expect(!flagged("难民署执行秘书表示,局势仍然紧张。", "zh"))
        // Hard negatives: the agency carrying something out.
        #expect(findings("难民署执行了新的援助计划。", "zh") == ["language.agency-as-actor"])
        #expect(findings("UNICEF执行了疫苗接种计划。", "zh") == ["language.agency-as-actor"])
    }

    /// The agency's role opening the sentence as its subject (`El rol de la OIM consiste en`,
    /// `El papel del ACNUR`, `Le rôle de l'OIM`, `IOM's role consists of`) is owned like its
    /// programme, outside a coordination section and a coordination role.
    @Test func theAgencysRoleIsOwned() {
        #expect(findings("El rol de la OIM consiste en una serie de tareas.", "es") == ["language.agency-branding"])
        #expect(findings("El papel de la OIM consiste en una serie de tareas.", "es") == ["language.agency-branding"])
        #expect(findings("Le rôle de l'OIM dans l'opération consiste en une série de tâches.", "fr") == ["language.agency-branding"])
        #expect(findings("IOM's role consists of a series of tasks.", "en") == ["language.agency-branding"])
        // Hard negatives: another owner's role, the agency's role as an object, a coordination section.
        #expect(!flagged("El rol del gobierno consiste en una serie de tareas.", "es"))
        #expect(!flagged("El papel del sector consiste en coordinar la respuesta.", "es"))
        #expect(!flagged("Le rôle des partenaires consiste en une série de tâches.", "fr"))
        #expect(!flagged("The government's role consists of a series of tasks.", "en"))
        #expect(!flagged("El rol de la OIM consiste en una serie de tareas.", "es", section: "Coordinación"))
        #expect(!flagged("Le rôle de l'OIM consiste en une série de tâches.", "fr", section: "Coordination"))
    }

    /// `involucrarse en`, `s'impliquer dans` (to take part in) are acts when reflexive, as
    /// `ocuparse de` is; `involucrar a las comunidades` (to involve) is not.
    @Test func takingPartIsAnActWhenReflexive() {
        #expect(findings("La OIM se involucra en la búsqueda activa de puestos de trabajo.", "es") == ["language.agency-as-actor"])
        #expect(findings("L'OIM s'implique dans la recherche active d'emplois.", "fr") == ["language.agency-as-actor"])
        // Hard negatives: the government taking part, and involving others without the reflexive.
        #expect(!flagged("El gobierno se involucra en la búsqueda activa de puestos de trabajo.", "es"))
        #expect(!flagged("El gobierno involucra a las comunidades en la respuesta.", "es"))
        #expect(!flagged("La OIM involucra a las comunidades en la respuesta.", "es"))
        #expect(!flagged("Le gouvernement s'implique dans la recherche d'emplois.", "fr"))
    }

    /// Partners only called humanitarian (`UNHCR and humanitarian partners`, `le HCR et les
    /// partenaires humanitaires`, `el ACNUR y los socios humanitarios`) are the agency's partners,
    /// as bare `partners` are; `NGO partners`, `other partners` and several agencies are not.
    @Test func humanitarianPartnersAreTheAgencysPartners() {
        #expect(findings("UNHCR and humanitarian partners are mobilizing to respond.", "en") == ["language.agency-and-its-partners"])
        #expect(findings("Le HCR et les partenaires humanitaires se mobilisent.", "fr") == ["language.agency-and-its-partners"])
        #expect(findings("El ACNUR y los socios humanitarios se movilizan.", "es") == ["language.agency-and-its-partners"])
        #expect(findings("El ACNUR y sus socios humanitarios se movilizan.", "es") == ["language.agency-and-its-partners"])
        // After the agency's apposition: the comma that closes it comes before the conjunction.
        #expect(findings("UNHCR, the UN Refugee Agency, and humanitarian partners are mobilizing to respond.", "en") == ["language.agency-and-its-partners"])
        #expect(findings("UNHCR, the UN Refugee Agency, and partners are mobilizing to respond.", "en") == ["language.agency-and-its-partners"])
        // Hard negatives: other partners sharing the subject, several agencies, the government.
        #expect(!flagged("UNHCR and NGO partners are mobilizing to respond.", "en"))
        #expect(!flagged("UNHCR and other partners relocated the families.", "en"))
        #expect(!flagged("UNHCR, IOM and humanitarian partners are mobilizing to respond.", "en"))
        #expect(!flagged("The government and humanitarian partners are mobilizing to respond.", "en"))
        #expect(!flagged("UNHCR, IOM, and humanitarian partners are mobilizing to respond.", "en"))
        #expect(!flagged("The government, UNHCR, and partners are mobilizing to respond.", "en"))
        #expect(!flagged("El gobierno y los socios humanitarios se movilizan.", "es"))
        #expect(!flagged("Le HCR et les partenaires opérationnels distribuent des vivres.", "fr"))
    }
}
