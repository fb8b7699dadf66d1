import Testing
@testable import PlanLint

/// The reading steps added for the general causes of misses left after the thirteenth round
/// (docs/lint.md, "Causes after the thirteenth round"), each with constructed sentences it flags
/// and sentences it leaves alone (hard negatives).
struct ThirteenthRoundCausesReadingTests: SentenceReading {
    /// A Spanish agency name without an article is the subject as with one (`ACNUR distribuye
    /// alimentos`, `ACNUR despliega personal`, `OIM ha entregado`, `UNICEF apoya`), in a Spanish
    /// chapter and in an English one (the sentence's own words say it is Spanish).
    @Test func aSpanishAgencyWithoutAnArticleIsASubject() {
        #expect(findings("ACNUR distribuye alimentos en la frontera.", "es") == ["language.agency-as-actor"])
        #expect(findings("ACNUR despliega personal en la zona.", "es") == ["language.agency-as-actor"])
        #expect(findings("OIM ha entregado kits a las familias.", "es") == ["language.agency-as-actor"])
        #expect(findings("UNICEF apoya a las escuelas del norte.", "es") == ["language.agency-as-actor"])
        #expect(findings("ACNUR despliega personal en la zona.", "en") == ["language.agency-as-actor"])
        // Hard negatives: the bare agency as a source of data or of a report on a government's act,
        // and as a coordinator in a coordination section.
        #expect(!flagged("ACNUR informa que el gobierno distribuye alimentos.", "es"))
        #expect(!flagged("Según ACNUR, el gobierno distribuye alimentos.", "es"))
        #expect(!flagged("ACNUR estima que 3.000 personas cruzaron la frontera.", "es"))
        #expect(!flagged("ACNUR coordina la respuesta con el gobierno.", "es", section: "Coordination"))
    }

    /// An agency's staff or teams supporting are the agency supporting, after a possessive
    /// (`IOM's teams are assisting`, `难民署的工作人员正在协助`) as after `de`/`du`/`del` (`Los equipos
    /// de la OIM apoyan`) and after `its`: an act outside coordination sections.
    @Test func anAgencysStaffSupportingIsTheAgencyActing() {
        #expect(findings("IOM's teams are assisting the returnees at the border.", "en") == ["language.agency-as-actor"])
        #expect(findings("IOM's protection teams are assisting the returnees.", "en") == ["language.agency-as-actor"])
        #expect(findings("UNHCR's staff will distribute tents to the families.", "en") == ["language.agency-as-actor"])
        #expect(findings("IOM is present in Gao. Its teams are assisting the returnees at the border.", "en") == ["language.agency-as-actor"])
        #expect(findings("Les équipes du HCR distribuent des tentes aux familles.", "fr") == ["language.agency-as-actor"])
        #expect(findings("Le personnel de l'OIM soutient les retournés à la frontière.", "fr") == ["language.agency-as-actor"])
        #expect(findings("Los equipos de la OIM apoyan a los retornados.", "es") == ["language.agency-as-actor"])
        #expect(findings("难民署的工作人员正在分发救济物资。", "zh") == ["language.agency-as-actor"])
        #expect(findings("国际移民组织的工作人员正在协助返回者。", "zh") == ["language.agency-as-actor"])
        // Hard negatives: the agency's data, a government's or a partner's teams, an office
        // (premises) supporting, the staff supporting in a coordination section.
        #expect(!flagged("UNHCR's data show 300 arrivals at the border.", "en"))
        #expect(!flagged("IOM's figures show that 300 people arrived.", "en"))
        #expect(!flagged("Les données du HCR montrent 300 arrivées.", "fr"))
        #expect(!flagged("The government's teams are assisting the returnees.", "en"))
        // (The agency's partners are no staff of its; named as its own, they are its partners,
        // `TwentyFourthRoundReadingTests.partnersNamedAsTheAgencys`.)
        #expect(findings("UNHCR's partners are assisting the returnees.", "en") == ["language.agency-and-its-partners"])
        #expect(!flagged("Los equipos del gobierno apoyan a los retornados.", "es"))
        #expect(!flagged("政府的工作人员正在协助返回者。", "zh"))
        #expect(!flagged("UNHCR's office supports the authorities.", "en"))
        #expect(!flagged("IOM's teams are assisting the returnees at the border.", "en", section: "Coordination"))
        #expect(!flagged("Los equipos de la OIM apoyan a los retornados.", "es", section: "Coordination"))
    }

    /// Somewhere, or on the way there, for a purpose: the purpose is the subject's act (`A team from
    /// UNHCR is headed to eastern Chad to help relocate`, `A UNHCR team is in Birak to inform`, `Une
    /// équipe du HCR se trouve à Birak pour informer`, `Un equipo del ACNUR se encuentra en Birak
    /// para informar`), as being present somewhere for a purpose is.
    @Test func somewhereForAPurposeIsAnAct() {
        #expect(findings("A team from UNHCR is headed to eastern Chad to help relocate refugees.", "en") == ["language.agency-as-actor"])
        #expect(findings("A UNHCR team is in Birak to inform refugees about the relocation.", "en") == ["language.agency-as-actor"])
        #expect(findings("UNHCR is in Birak to inform refugees.", "en") == ["language.agency-as-actor"])
        #expect(findings("Une équipe du HCR se trouve à Birak pour informer les réfugiés.", "fr") == ["language.agency-as-actor"])
        #expect(findings("Une équipe du HCR se trouve actuellement à Birak, près de la frontière, pour informer les réfugiés.", "fr") == ["language.agency-as-actor"])
        #expect(findings("Une équipe du HCR est à Birak pour informer les réfugiés.", "fr") == ["language.agency-as-actor"])
        #expect(findings("Un equipo del ACNUR se encuentra en Birak para informar a los refugiados.", "es") == ["language.agency-as-actor"])
        #expect(findings("El ACNUR se dirige a Birak para distribuir alimentos.", "es") == ["language.agency-as-actor"])
        #expect(findings("A UNHCR team is at the border to receive the returnees.", "en") == ["language.agency-as-actor"])
        #expect(findings("Une équipe du HCR est au camp pour accueillir les réfugiés.", "fr") == ["language.agency-as-actor"])
        #expect(findings("El ACNUR está en la frontera para distribuir alimentos.", "es") == ["language.agency-as-actor"])
        // Hard negatives: a ministry's team or a minister there for the same purpose; plain
        // presence; a situation, not a place; a purpose owned by the refugees; the refugees there
        // to receive the agency's aid; informing partners in a coordination section.
        #expect(!flagged("A ministry team is in Birak to inform refugees.", "en"))
        #expect(!flagged("Une équipe du ministère se trouve à Birak pour informer les réfugiés.", "fr"))
        #expect(!flagged("Un equipo del ministerio se encuentra en Birak para informar a los refugiados.", "es"))
        #expect(!flagged("UNHCR is present in 12 countries.", "en"))
        #expect(!flagged("El ACNUR está presente en 12 países.", "es"))
        #expect(!flagged("Le HCR se trouve dans une situation difficile.", "fr"))
        #expect(!flagged("Une équipe du HCR est à Birak pour que les réfugiés puissent s'inscrire.", "fr"))
        #expect(!flagged("A UNHCR team is in Birak so that refugees can register.", "en"))
        #expect(!flagged("Les réfugiés se trouvent à Birak pour recevoir une aide du HCR.", "fr"))
        #expect(!flagged("Refugees are headed to Birak to register with UNHCR.", "en"))
        #expect(!flagged("Le HCR est à Birak pour informer les partenaires.", "fr", section: "Coordination"))
        // No place before the purpose: a phrase that is no whereabouts.
        #expect(!flagged("UNHCR is at the forefront of efforts to protect refugees.", "en"))
        #expect(!flagged("Le HCR est en phase avec le plan du gouvernement pour transférer les réfugiés.", "fr"))
    }

    /// French `s'occuper de` and Spanish `ocuparse de` (take care of) are acts, as English `takes
    /// care of` is, in every tense; without the reflexive (`occupe la présidence`, `ocupa un lugar
    /// central`) the verb is no act.
    @Test func takingCareOfIsAnAct() {
        #expect(findings("Le HCR s'occupe de la protection de 480 000 réfugiés.", "fr") == ["language.agency-as-actor"])
        #expect(findings("Le HCR s'occupe des réfugiés.", "fr") == ["language.agency-as-actor"])
        #expect(findings("Le HCR s'est occupé de 10 000 réfugiés en 2024.", "fr") == ["language.agency-as-actor"])
        #expect(findings("El ACNUR se ocupa de la protección de los refugiados.", "es") == ["language.agency-as-actor"])
        #expect(findings("El ACNUR se ha ocupado de 10.000 refugiados.", "es") == ["language.agency-as-actor"])
        #expect(findings("UNHCR takes care of 252,000 refugees.", "en") == ["language.agency-as-actor"])
        #expect(FrenchConjugation.forms(of: "occuper").map(\.0).contains("occupe"))
        // Hard negatives: a government takes care; the agency holds a post or a place; refugees
        // occupy buildings; the agency after the verb in a relative clause (`la question dont
        // s'occupe le HCR` describes the question).
        #expect(!flagged("Le gouvernement s'occupe des réfugiés.", "fr"))
        #expect(!flagged("El gobierno se ocupa de los refugiados.", "es"))
        #expect(!flagged("Le HCR occupe la présidence du groupe de travail.", "fr"))
        #expect(!flagged("El ACNUR ocupa un lugar central en la respuesta.", "es"))
        #expect(!flagged("Les réfugiés occupent des bâtiments publics.", "fr"))
        #expect(!flagged("La question dont s'occupe le HCR est complexe.", "fr"))
    }

    /// A reference that can only mean an agency (`the agency`, `l'agence`, `la agencia`) names one
    /// agency wherever it stands: one named in an earlier paragraph, under another heading, or
    /// nowhere in the chapter (an inter-agency plan has no `the agency` of its own); `it`, `il`
    /// and `the organization` do not reach across paragraphs.
    @Test func theAgencyRefersBackAcrossParagraphs() {
        #expect(findings("UNHCR is present in Chad.\n\nThe agency will distribute tents to the families.", "en") == ["language.agency-as-actor"])
        #expect(findings("UNHCR is present in Chad.\n\nRefugees keep arriving.\n\nThe agency will distribute tents to the families.", "en") == ["language.agency-as-actor"])
        #expect(findings("Le HCR est présent au Tchad.\n\nL'agence distribuera des tentes aux familles.", "fr") == ["language.agency-as-actor"])
        #expect(findings("El ACNUR está presente en Chad.\n\nLa agencia distribuirá tiendas a las familias.", "es") == ["language.agency-as-actor"])
        // `该署` names the agency on its own (a description), in any paragraph.
        #expect(findings("难民署在乍得。\n\n该署将向家庭分发帐篷。", "zh") == ["language.agency-as-actor"])
        #expect(findings("UNHCR is present in Chad.\n\n## Shelter\n\nThe agency will distribute tents to the families.", "en") == ["language.agency-as-actor"])
        #expect(findings("La agencia distribuirá tiendas a las familias.", "es") == ["language.agency-as-actor"])
        // Hard negatives: `it`, `il`, `the organization` across paragraphs or with nothing before;
        // a government's agency named as such.
        #expect(!flagged("UNHCR is present in Chad.\n\nIt will distribute tents to the families.", "en"))
        #expect(!flagged("Le HCR est présent au Tchad.\n\nIl distribuera des tentes aux familles.", "fr"))
        #expect(!flagged("UNHCR is present in Chad.\n\nThe organization will distribute tents to the families.", "en"))
        #expect(!flagged("The organization will distribute tents to the families.", "en"))
        #expect(!flagged("The national refugee agency will distribute tents to the families.", "en"))
        #expect(!flagged("La agencia nacional de migración distribuirá tiendas.", "es"))
    }

    /// Chinese: a reported clause without a subject that opens with `现正` (now in the middle of) and
    /// goes on with `透过` (through) is the agency's own work, after the agency or its spokesperson
    /// (`难民署发言人爱德华兹表示现正与当地政府合作，透过现金援助计划来支援难民`); `与` after an aspect marker is
    /// `with`, so the agency a government works with is not the subject.
    @Test func aChineseReportedClauseWithoutSubjectIsTheAgencysWork() {
        #expect(findings("联合国难民署表示现正与当地政府合作，透过现金援助计划来支援难民。", "zh") == ["language.agency-as-actor"])
        #expect(findings("难民署发言人爱德华兹表示现正与当地政府合作，透过现金援助计划来支援难民。", "zh") == ["language.agency-as-actor"])
        // Hard negatives: a government working with the agency, a government's work or refugees'
        // movements in the agency's report.
        #expect(!flagged("政府表示现正与难民署合作，透过现金援助计划来支援难民。", "zh"))
        #expect(!flagged("政府正与难民署合作，支援难民。", "zh"))
        #expect(!flagged("难民署表示，政府现正透过现金援助计划来支援难民。", "zh"))
        #expect(!flagged("难民署表示，现正有大批难民透过边境进入乍得。", "zh"))
    }

    /// The agency's head giving the agency's support is the agency acting (`The High Commissioner
    /// will offer UNHCR's support`, `Le Haut Commissaire offrira l'appui du HCR`, `El Alto
    /// Comisionado ofrecerá el apoyo del ACNUR`, `高级专员将提供难民署的支持`).
    @Test func anAgencysHeadGivingItsSupportIsTheAgencyActing() {
        #expect(findings("The High Commissioner will offer UNHCR's support to the government.", "en") == ["language.agency-as-actor"])
        #expect(findings("The Executive Director will provide UNICEF's support to the ministry.", "en") == ["language.agency-as-actor"])
        #expect(findings("Le Haut Commissaire offrira l'appui du HCR au gouvernement.", "fr") == ["language.agency-as-actor"])
        #expect(findings("El Alto Comisionado ofrecerá el apoyo del ACNUR al gobierno.", "es") == ["language.agency-as-actor"])
        #expect(findings("高级专员将提供难民署的支持。", "zh") == ["language.agency-as-actor"])
        // Hard negatives: a minister offering it, the government receiving it, the head welcoming
        // a government's support, the head reporting what a ministry offers, the head asked to.
        #expect(!flagged("The minister will offer UNHCR's support to the refugees.", "en"))
        #expect(!flagged("Le ministre offrira l'appui du HCR aux réfugiés.", "fr"))
        #expect(!flagged("El ministro ofrecerá el apoyo del ACNUR a los refugiados.", "es"))
        #expect(!flagged("部长将提供难民署的支持。", "zh"))
        #expect(!flagged("The government will receive UNHCR's support.", "en"))
        #expect(!flagged("Le Haut Commissaire a salué l'appui du gouvernement.", "fr"))
        #expect(!flagged("The High Commissioner said the ministry would offer UNHCR's support.", "en"))
        #expect(!flagged("Le gouvernement a demandé au Haut Commissaire d'offrir l'appui du HCR.", "fr"))
    }

    /// Chinese: an agency's spokesperson or head named in the paragraph (`难民署发言人爱德华兹`) and
    /// then by name alone reports for the agency: the reported clause without a subject of its own
    /// is the agency's work (`爱德华兹表示现正与当地政府合作，透过现金援助计划来支援难民`).
    @Test func anAgencysSpokespersonNamedEarlierReportsForIt() {
        let intro = "难民署发言人爱德华兹在日内瓦说明了情况。"
        #expect(findings(intro + "爱德华兹表示现正与当地政府合作，透过现金援助计划来支援难民。", "zh") == ["language.agency-as-actor"])
        #expect(findings(intro + "爱德华兹表示正在提供现金援助。", "zh") == ["language.agency-as-actor"])
        // Hard negatives: the person's own doings, a report of data or of a government's work,
        // another person, a minister introduced the same way, the name in another paragraph.
        #expect(!flagged(intro + "爱德华兹在日内瓦举行记者会。", "zh"))
        #expect(!flagged(intro + "爱德华兹表示，难民人数已超过10万。", "zh"))
        #expect(!flagged(intro + "爱德华兹表示，政府现正透过现金援助计划来支援难民。", "zh"))
        #expect(!flagged(intro + "李明表示现正与当地政府合作，透过现金援助计划来支援难民。", "zh"))
        #expect(!flagged("卫生部长李明说明了情况。李明表示现正与当地政府合作，透过现金援助计划来支援难民。", "zh"))
        #expect(!flagged(intro + "\n\n爱德华兹表示现正与当地政府合作，透过现金援助计划来支援难民。", "zh"))
    }
}
