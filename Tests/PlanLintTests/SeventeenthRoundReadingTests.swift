import Testing
@testable import PlanLint

/// Readings added for the seventeenth round's development-split errors (docs/lint.md,
/// "Seventeenth round"), each with constructed sentences it flags and hard negatives it leaves
/// alone, in each language where the construction exists.
struct SeventeenthRoundReadingTests: SentenceReading {
    /// A verb of emphasis whose reported clause states what others need or must do is the agency's
    /// advocacy; a plain report of needs, a count, and the agency's own need are read as before.
    @Test func stressingOthersNeedsIsAdvocacy() {
        let situation = "Situation analysis"
        #expect(findings("UNHCR has emphasized that people fleeing the fighting need international protection.", "en", section: situation) == ["language.agency-advocacy"])
        #expect(findings("UNHCR stressed that governments must keep borders open.", "en", section: situation) == ["language.agency-advocacy"])
        #expect(findings("Le HCR a souligné que les réfugiés ont besoin d'une protection internationale.", "fr", section: situation) == ["language.agency-advocacy"])
        #expect(findings("Le HCR a souligné que les États doivent garder les frontières ouvertes.", "fr", section: situation) == ["language.agency-advocacy"])
        #expect(findings("El ACNUR subrayó que los refugiados necesitan protección internacional.", "es", section: situation) == ["language.agency-advocacy"])
        #expect(findings("El ACNUR recalcó que los países deben mantener abiertas sus fronteras.", "es", section: situation) == ["language.agency-advocacy"])
        #expect(findings("难民署强调，逃离战火的人需要国际保护。", "zh", section: situation) == ["language.agency-advocacy"])
        // Hard negatives: a plain report, emphasis on facts, a count of needs.
        #expect(!flagged("UNHCR said that refugees need international protection.", "en", section: situation))
        #expect(!flagged("UNHCR stressed that arrivals increased by 20 per cent.", "en", section: situation))
        #expect(!flagged("UNHCR stressed that 3 million children need assistance.", "en", section: situation))
        #expect(!flagged("Le HCR a indiqué que les réfugiés ont besoin d'une protection.", "fr", section: situation))
        #expect(!flagged("Le HCR a souligné que les arrivées ont augmenté.", "fr", section: situation))
        #expect(!flagged("El ACNUR informó que los refugiados necesitan protección internacional.", "es", section: situation))
        #expect(!flagged("难民署表示，逃离战火的人需要国际保护。", "zh", section: situation))
        // The agency's own need stays its budget.
        #expect(Set(findings("UNHCR stressed that it needs 10 million dollars.", "en", section: situation)) == ["language.agency-funding"])
    }

    /// Idioms of alarm (`tirer la sonnette d'alarme`, `sound the alarm`, `dar la voz de alarma`,
    /// `敲响警钟`) are advocacy; two agencies sounding it together make a joint statement.
    @Test func soundingTheAlarmIsAdvocacy() {
        #expect(findings("Le HCR tire la sonnette d'alarme sur la situation des réfugiés.", "fr") == ["language.agency-advocacy"])
        #expect(findings("Le HCR a tiré la sonnette d'alarme sur la situation.", "fr") == ["language.agency-advocacy"])
        #expect(findings("UNHCR sounds the alarm on the situation of refugees.", "en") == ["language.agency-advocacy"])
        #expect(findings("El ACNUR da la voz de alarma sobre la situación.", "es") == ["language.agency-advocacy"])
        #expect(findings("联合国难民署为难民的处境敲响警钟。", "zh") == ["language.agency-advocacy"])
        // Hard negatives: two agencies together, and others sounding it.
        #expect(!flagged("Le PAM et le HCR tirent la sonnette d'alarme.", "fr"))
        #expect(!flagged("Le Programme alimentaire mondial (PAM) et le Haut-Commissariat aux réfugiés des Nations unies (HCR) appellent à la solidarité.", "fr"))
        #expect(!flagged("UNHCR and WFP sound the alarm.", "en"))
        #expect(!flagged("Les autorités tirent la sonnette d'alarme sur la situation.", "fr"))
        #expect(!flagged("El gobierno da la voz de alarma sobre la situación.", "es"))
        #expect(!flagged("专家为难民的处境敲响警钟。", "zh"))
    }

    /// Registration counted against a caseload (`has registered 5,000 of the 12,000 new arrivals`)
    /// is the agency's work in progress; a registered count alone stays a data role.
    @Test func registrationAgainstACaseloadIsWorkDone() {
        #expect(findings("UNHCR has registered 5,000 of the 12,000 new arrivals.", "en") == ["language.agency-as-actor"])
        #expect(findings("UNHCR Egypt has registered 5,000 out of the 12,000 individuals fleeing the conflict, the agency said.", "en") == ["language.agency-as-actor"])
        #expect(findings("Le HCR a enregistré 5 000 des 12 000 nouveaux arrivants.", "fr") == ["language.agency-as-actor"])
        #expect(findings("El ACNUR ha registrado a 5.000 de las 12.000 personas llegadas.", "es") == ["language.agency-as-actor"])
        #expect(findings("难民署已登记了12000名新抵达者中的5000人。", "zh") == ["language.agency-as-actor"])
        // Hard negatives: a registered count, the government's registration, an estimate.
        #expect(!flagged("UNHCR has registered 460,000 refugees in Cameroon.", "en"))
        #expect(!flagged("The government has registered 5,000 of the 12,000 new arrivals.", "en"))
        #expect(!flagged("UNHCR estimates that 5,000 of the 12,000 new arrivals are children.", "en"))
        #expect(!flagged("Le HCR a enregistré 12 000 nouveaux arrivants.", "fr"))
        #expect(!flagged("Le gouvernement a enregistré 5 000 des 12 000 nouveaux arrivants.", "fr"))
        #expect(!flagged("El ACNUR ha registrado a 12.000 personas.", "es"))
        #expect(!flagged("El gobierno registró a 500 de las 1200 personas llegadas.", "es"))
        #expect(!flagged("难民署已登记了12000名新抵达者。", "zh"))
    }

    /// The agency's staff escorting people act (`UNHCR protection staff escort the refugees`: an
    /// English base form after staff, with an object, is the plural's present).
    @Test func staffEscortingAct() {
        #expect(findings("UNHCR protection staff escort the newly arrived refugees to the tents.", "en") == ["language.agency-as-actor"])
        #expect(findings("UNHCR staff escort the refugees.", "en") == ["language.agency-as-actor"])
        #expect(findings("Le personnel du HCR escorte les réfugiés jusqu'aux tentes.", "fr") == ["language.agency-as-actor"])
        #expect(findings("El personal del ACNUR escolta a los refugiados hasta las carpas.", "es") == ["language.agency-as-actor"])
        #expect(findings("难民署工作人员护送难民前往帐篷。", "zh") == ["language.agency-as-actor"])
        // Hard negatives: others escorting.
        #expect(!flagged("Police escort the refugees to the camp.", "en"))
        #expect(!flagged("Le gouvernement escorte les réfugiés.", "fr"))
        #expect(!flagged("La policía escolta a los refugiados.", "es"))
        #expect(!flagged("Government staff escort the refugees to the camp.", "en"))
    }

    /// Taking part in an operation (registration, transport, distribution) is doing it; taking
    /// part in meetings and committees stays a coordination role.
    @Test func takingPartInAnOperationIsActing() {
        #expect(findings("Le personnel du HCR participe à l'enregistrement et au transport.", "fr") == ["language.agency-as-actor"])
        #expect(findings("UNHCR staff participated in the registration.", "en") == ["language.agency-as-actor"])
        #expect(findings("El personal del ACNUR participa en el registro y el transporte.", "es") == ["language.agency-as-actor"])
        #expect(findings("难民署工作人员参与登记和运输。", "zh") == ["language.agency-as-actor"])
        // Hard negatives: meetings and committees, and others taking part.
        #expect(!flagged("Le HCR participe aux réunions du groupe de travail.", "fr"))
        #expect(!flagged("UNHCR participates in cluster meetings.", "en"))
        #expect(!flagged("El ACNUR participa en las reuniones del grupo de trabajo.", "es"))
        #expect(!flagged("难民署参与协调会议。", "zh"))
        #expect(!flagged("Les autorités participent à l'enregistrement et au transport.", "fr"))
    }

    /// An agency that suffers funding cuts (`est victime des coupes budgétaires`, `is the victim of
    /// funding cuts`, `sufre recortes`, `遭受资金削减`) states its own budget.
    @Test func sufferingCutsIsTheAgencysBudget() {
        let budget = "Financial requirements"
        #expect(findings("L'agence onusienne est victime des coupes budgétaires américaines.", "fr", section: budget) == ["language.agency-funding"])
        #expect(findings("Le PAM subit des coupes budgétaires.", "fr", section: budget) == ["language.agency-funding"])
        #expect(findings("WFP is the victim of funding cuts.", "en", section: budget) == ["language.agency-funding"])
        #expect(findings("WFP suffers from funding cuts.", "en", section: budget) == ["language.agency-funding"])
        #expect(findings("El PMA es víctima de los recortes de fondos.", "es", section: budget) == ["language.agency-funding"])
        #expect(findings("难民署遭受资金削减。", "zh", section: budget) == ["language.agency-funding"])
        // Hard negatives: someone else's cuts, other victims, other hardship.
        #expect(!flagged("Le gouvernement est victime des coupes budgétaires.", "fr", section: budget))
        #expect(!flagged("Le PAM est victime de critiques.", "fr", section: budget))
        #expect(!flagged("Les réfugiés sont victimes de violences, selon le HCR.", "fr", section: budget))
        #expect(!flagged("Refugees are victims of violence, UNHCR said.", "en", section: budget))
        #expect(!flagged("Los refugiados son víctimas de violencia, según el ACNUR.", "es", section: budget))
        #expect(!flagged("难民遭受暴力。", "zh", section: budget))
    }

    /// `s'efforcer de`, `strive to`, `esforzarse por` hand the predicate to the infinitive, also
    /// after a parenthetical partner with a singular verb; a plural verb is a joint subject.
    @Test func strivingHandsOverToTheInfinitive() {
        #expect(findings("Le HCR s'efforce de faciliter leur intégration.", "fr") == ["language.agency-as-actor"])
        #expect(findings("Le HCR, en collaboration avec les autorités locales, s'efforce de faciliter leur intégration.", "fr") == ["language.agency-as-actor"])
        #expect(findings("UNHCR strives to facilitate their integration.", "en") == ["language.agency-as-actor"])
        #expect(findings("El ACNUR se esfuerza por facilitar su integración.", "es") == ["language.agency-as-actor"])
        // Hard negatives: a joint subject with a plural verb, the government.
        #expect(!flagged("Le HCR et les autorités locales s'efforcent de faciliter leur intégration.", "fr"))
        #expect(!flagged("Le gouvernement s'efforce de faciliter leur intégration.", "fr"))
        #expect(!flagged("UNHCR and the government strive to facilitate their integration.", "en"))
        #expect(!flagged("El gobierno se esfuerza por facilitar su integración.", "es"))
    }

    /// `Nations-Unies` with a hyphen names the agencies and their descriptions as `Nations Unies`
    /// does; so does `le Haut-Commissariat aux réfugiés des Nations unies`.
    @Test func hyphenatedUnitedNationsNamesTheAgency() {
        #expect(findings("L'agence des Nations-Unies apporte des appuis dans d'autres volets.", "fr") == ["language.agency-as-actor"])
        #expect(findings("Le Haut-Commissariat des Nations-Unies pour les réfugiés distribue des vivres.", "fr") == ["language.agency-as-actor"])
        #expect(findings("Le Haut-Commissariat aux réfugiés des Nations unies distribue des vivres.", "fr") == ["language.agency-as-actor"])
        // Hard negatives: the United Nations system, the agency after a preposition.
        #expect(!flagged("Le système des Nations-Unies apporte des appuis.", "fr"))
        // (Assistance received from the agency is its act since the twenty-sixth round: `ont reçu
        // l'assistance du Haut-Commissariat` is flagged, ``TwentySixthRoundReadingTests``.)
        #expect(!flagged("Les familles se sont adressées au Haut-Commissariat des Nations-Unies pour les réfugiés.", "fr"))
    }

    /// Two participles may share an agent (`financiado y administrado por la OIM`); in Chinese the
    /// agent of `由` keeps its verb past a place (`由难民署从边境转接到难民营`).
    @Test func sharedParticiplesAndTransfersTakeTheAgent() {
        #expect(findings("La familia vive en un refugio temporal financiado y administrado por la Organización Internacional para las Migraciones (OIM).", "es") == ["language.agency-as-actor"])
        #expect(findings("The family lives in a shelter funded and administered by IOM.", "en") == ["language.agency-as-actor"])
        #expect(findings("La famille vit dans un abri temporaire financé et administré par l'OIM.", "fr") == ["language.agency-as-actor"])
        #expect(findings("难民每日由联合国难民署从边境地区转接到难民营。", "zh") == ["language.agency-as-actor"])
        #expect(findings("难民署将难民转移到难民营。", "zh") == ["language.agency-as-actor"])
        // Hard negatives: the government as the agent.
        #expect(!flagged("La familia vive en un refugio financiado y administrado por el gobierno.", "es"))
        #expect(!flagged("La famille vit dans un abri financé et administré par le gouvernement.", "fr"))
        #expect(!flagged("The family lives in a shelter funded and administered by the government.", "en"))
        #expect(!flagged("难民由政府从边境转移到难民营。", "zh"))
    }

    /// A Chinese partner joined by `联同` (or `与`) that then acts `共同` (jointly) shares the act.
    @Test func aChinesePartnerActingJointlySharesTheAct() {
        #expect(!flagged("联合国难民署已联同总理办公室及其他救援组织，共同为难民提供紧急支援。", "zh"))
        #expect(!flagged("联合国难民署与总理办公室及其他救援组织共同为难民提供紧急支援。", "zh"))
        #expect(!flagged("联合国难民署联同政府共同为难民提供紧急支援。", "zh"))
        // Hard negatives: no `共同`, or the agency alone.
        #expect(findings("联合国难民署已联同其他救援组织，为难民提供紧急支援。", "zh") == ["language.agency-as-actor"])
        #expect(findings("联合国难民署为难民提供紧急支援。", "zh") == ["language.agency-as-actor"])
    }

    /// The agency's responsibility in a situation section (`负责指导和协调`, `is responsible for
    /// protecting`, `est responsable de`, `es responsable de`) describes a mandate; in a strategy
    /// section it says who will do what.
    @Test func aResponsibilityDescribedIsAMandate() {
        let situation = "Situation analysis"
        #expect(!flagged("聯合國難民署負責指導和協調全球行動、保護難民並尋求難民問題解決方案。", "zh", section: situation))
        #expect(!flagged("UNHCR is responsible for protecting refugees and seeking solutions.", "en", section: situation))
        #expect(!flagged("Le HCR est responsable de la protection des réfugiés.", "fr", section: situation))
        #expect(!flagged("El ACNUR es responsable de proteger a los refugiados.", "es", section: situation))
        // Hard negatives: a strategy section, an act stated outright, a head of office's report of an act.
        #expect(findings("联合国难民署负责为难民提供住所。", "zh") == ["language.agency-as-actor"])
        #expect(findings("UNHCR is responsible for protecting refugees.", "en") == ["language.agency-as-actor"])
        #expect(findings("El ACNUR es responsable de proteger a los refugiados.", "es") == ["language.agency-as-actor"])
        #expect(findings("联合国难民署保护难民。", "zh", section: situation) == ["language.agency-as-actor"])
        #expect(findings("Le HCR protège les réfugiés.", "fr", section: situation) == ["language.agency-as-actor"])
    }
}
