import Testing
@testable import PlanLint

/// The reading steps added for the ninth round's general causes (docs/lint.md, "Tenth round"),
/// each with constructed sentences it flags and sentences it leaves alone (hard negatives).
struct NinthRoundReadingTests: SentenceReading {
    /// A period before a lower-case word is an abbreviation, not the end of a sentence
    /// (`62 million U.S. dollars`), and money is written in more currencies (ISO codes, `francs
    /// suisses`, `FCFA`, `瑞士法郎`, `英镑`).
    @Test func abbreviationsAndCurrencies() {
        #expect(flagged("WFP needs 62 million U.S. dollars to deal with the influx.", "en"))
        #expect(flagged("WFP needs CHF 62 million to deal with the influx.", "en"))
        #expect(flagged("UNICEF needs GBP 5 million for the schools.", "en"))
        #expect(flagged("Le HCR a besoin de 40 millions de francs suisses pour l'hiver.", "fr"))
        #expect(flagged("Le PAM a besoin de 13 milliards de FCFA pour nourrir les réfugiés.", "fr"))
        #expect(flagged("El ACNUR necesita 40 millones de francos suizos para el invierno.", "es"))
        #expect(flagged("联合国儿童基金会需要500万瑞士法郎来实施其教育方案。", "zh"))
        #expect(flagged("联合国难民署需要300万英镑来支持学校。", "zh"))
        // Hard negatives: the same amounts needed by a government or by the plan's partners.
        #expect(!flagged("The ministry needs 62 million U.S. dollars to deal with the influx.", "en"))
        #expect(!flagged("RRP partners need CHF 62 million to deal with the influx.", "en"))
        #expect(!flagged("Le ministère a besoin de 40 millions de francs suisses pour l'hiver.", "fr"))
        #expect(!flagged("El ministerio necesita 40 millones de francos suizos para el invierno.", "es"))
        #expect(!flagged("计划合作伙伴需要500万瑞士法郎来维持应对工作。", "zh"))
    }

    /// An agency's airlift, convoy or truck acts like its teams (`A UNICEF airlift delivers`), also
    /// when the noun is a verb form too: a noun that a finite verb follows is the noun.
    @Test func assetsThatAct() {
        #expect(flagged("A UNICEF airlift delivers 33 metric tons of supplies.", "en"))
        #expect(flagged("A UNICEF airlift will deliver 33 metric tons of supplies.", "en"))
        #expect(flagged("A WFP convoy delivers food to the camps.", "en"))
        #expect(flagged("Un pont aérien de l'UNICEF a livré 33 tonnes de fournitures.", "fr"))
        #expect(flagged("Un puente aéreo del UNICEF entregó 33 toneladas de suministros.", "es"))
        // Hard negatives: a government's airlift, and the agency as a modifier of a noun.
        #expect(!flagged("A government airlift delivers 33 metric tons of supplies.", "en"))
        #expect(!flagged("A UNHCR aid package reached the families.", "en"))
        #expect(!flagged("Un pont aérien du gouvernement a livré 33 tonnes de fournitures.", "fr"))
        #expect(!flagged("Un puente aéreo del gobierno entregó 33 toneladas de suministros.", "es"))
    }

    /// `identified` is a count, a data role like `registered`; a count still to be made, in the
    /// future passive with the agency as its agent, is the agency's act.
    @Test func identifyIsACount() {
        #expect(flagged("Refugees will be identified by UNHCR in the camps.", "en"))
        #expect(flagged("Refugees will be registered by UNHCR in the camps.", "en"))
        #expect(flagged("Les réfugiés seront identifiés par le HCR.", "fr"))
        #expect(flagged("Los refugiados serán identificados por el ACNUR.", "es"))
        #expect(flagged("UNHCR will identify 4,000 refugees for resettlement.", "en"))
        // Hard negatives: a past count is a data citation; a future count by a government.
        #expect(!flagged("The UNHCR has identified 460,000 refugees in Cameroon.", "en"))
        #expect(!flagged("Refugees were identified by UNHCR in the camps.", "en"))
        #expect(!flagged("Le HCR a identifié 4000 réfugiés au Cameroun.", "fr"))
        #expect(!flagged("Les réfugiés ont été identifiés par le HCR.", "fr"))
        #expect(!flagged("El ACNUR ha identificado 4000 refugiados en Camerún.", "es"))
        #expect(!flagged("Los refugiados fueron identificados por el ACNUR.", "es"))
        #expect(!flagged("Refugees will be identified by the ministry in the camps.", "en"))
        #expect(!flagged("Les réfugiés seront identifiés par le ministère.", "fr"))
    }

    /// A deictic time phrase (`ce jeudi`, `cette semaine`, `this morning`, `esta mañana`) stands
    /// between a reporting verb and its infinitive, or between a subject and its verb.
    @Test func deicticTimePhrases() {
        #expect(flagged("L'OIM a annoncé ce jeudi avoir assisté 166 migrants.", "fr"))
        #expect(flagged("Le HCR a annoncé cette semaine avoir distribué 3000 tentes.", "fr"))
        #expect(flagged("Le PAM a cette semaine distribué des vivres à 2000 familles.", "fr"))
        #expect(flagged("El PMA esta mañana distribuyó alimentos a 2000 familias.", "es"))
        #expect(flagged("UNHCR this morning distributed tents to 2,000 families.", "en"))
        // Hard negatives: the same with a government or a ministry.
        #expect(!flagged("Le ministère a annoncé ce jeudi avoir assisté 166 migrants.", "fr"))
        #expect(!flagged("Le gouvernement a cette semaine distribué des vivres à 2000 familles.", "fr"))
        #expect(!flagged("El gobierno esta mañana distribuyó alimentos a 2000 familias.", "es"))
        #expect(!flagged("The government this morning distributed tents to 2,000 families.", "en"))
    }

    /// A comma between the subject's bracketed acronym and its verb, and a comma stretch that
    /// opens with an auxiliary: the stretch is the verb group, not an apposition.
    @Test func commaBeforeTheVerb() {
        #expect(flagged("En coordination avec le gouvernement, l'Organisation internationale pour les migrations (OIM), a facilité le retour volontaire, en toute sécurité de près de 400 migrants.", "fr"))
        #expect(flagged("L'Organisation internationale pour les migrations (OIM), a facilité le retour, en toute sécurité, de 400 migrants.", "fr"))
        #expect(flagged("La Organización Internacional para las Migraciones (OIM), ha facilitado el retorno, en condiciones seguras, de 400 migrantes.", "es"))
        #expect(flagged("The International Organization for Migration (IOM), has facilitated the return, in safety, of 400 migrants.", "en"))
        // Hard negatives: a real apposition before the verb, and a government.
        #expect(!flagged("Le gouvernement (ministère de l'Intérieur), a facilité le retour, en toute sécurité, de 400 migrants.", "fr"))
        #expect(!flagged("El gobierno (Ministerio del Interior), ha facilitado el retorno, en condiciones seguras, de 400 migrantes.", "es"))
        #expect(!flagged("The government (Ministry of Interior), has facilitated the return, in safety, of 400 migrants.", "en"))
    }

    /// Word lists: `disminuir` and `diminuer` are acts; positive concern (`表示高兴`, `se réjouit`,
    /// `se alegra`, `is delighted`) is the agency's voice like negative concern.
    @Test func wordLists() {
        #expect(flagged("En 2016, el PMA se vio forzado a disminuir a la mitad la cantidad de personas que asiste.", "es"))
        #expect(flagged("Le PAM a été contraint de diminuer les rations de moitié.", "fr"))
        #expect(flagged("另一方面，粮食署今天对赞比亚的粮食产量有望再次丰收表示高兴。", "zh"))
        #expect(flagged("联合国难民署对各国延长居留许可感到欣慰。", "zh"))
        #expect(flagged("Le HCR se réjouit de la décision du gouvernement.", "fr"))
        #expect(flagged("El ACNUR se alegra de la decisión del gobierno.", "es"))
        #expect(flagged("UNHCR is delighted by the decision of the government.", "en"))
        // Hard negatives: a government or a minister pleased; prices that fall.
        #expect(!flagged("En 2016, el gobierno se vio forzado a disminuir a la mitad la cantidad de personas que asiste.", "es"))
        #expect(!flagged("另一方面，农业部今天对赞比亚的粮食产量有望再次丰收表示高兴。", "zh"))
        #expect(!flagged("Le ministre se réjouit de la décision du gouvernement.", "fr"))
        #expect(!flagged("El ministro se alegra de la decisión del gobierno.", "es"))
        #expect(!flagged("The minister is delighted by the decision of the government.", "en"))
    }

    /// A condition on money after an agency's estimate or statement (`国际移民组织估算，如果79亿美元
    /// 全额到位，可惠及...`) is its appeal in its own name.
    @Test func chineseConditionalFunding() {
        #expect(flagged("國際移民組織估算,如果79億美元全額到位,可惠及近1.4億人。", "zh"))
        #expect(flagged("难民署表示，只要资金到位，就能帮助更多难民。", "zh"))
        // Hard negatives: a government's estimate, a condition with no money, a plain estimate.
        #expect(!flagged("政府估算，如果79亿美元全额到位，可惠及近1.4亿人。", "zh"))
        #expect(!flagged("国际移民组织估算，如果冲突持续，将有更多人流离失所。", "zh"))
        #expect(!flagged("国际移民组织估算，今年有500万人流离失所。", "zh"))
    }

    /// The agency's staff as the agent of a passive (`por miembros de la OIM`, `par le personnel de
    /// l'OIM`, `by staff of IOM`).
    @Test func staffAsPassiveAgent() {
        #expect(flagged("Los solicitantes son atendidos por personal de la OIM.", "es"))
        #expect(flagged("Los solicitantes son recibidos por miembros de la OIM, quienes les realizan una prueba.", "es"))
        #expect(flagged("Les demandeurs d'asile sont accueillis par le personnel de l'OIM.", "fr"))
        #expect(flagged("The asylum seekers are received by staff of IOM, who test them.", "en"))
        // Hard negatives: member states, a ministry's staff, a report's authors.
        #expect(!flagged("La resolución fue aprobada por los Estados miembros de la OIM.", "es"))
        #expect(!flagged("La résolution a été adoptée par les États membres de l'OIM.", "fr"))
        #expect(!flagged("Les demandeurs d'asile sont accueillis par le personnel du ministère.", "fr"))
        #expect(!flagged("Los solicitantes son atendidos por personal del ministerio.", "es"))
        #expect(!flagged("The report was written by staff of IOM.", "en"))
    }
}
