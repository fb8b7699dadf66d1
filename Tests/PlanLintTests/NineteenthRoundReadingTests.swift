import Testing
@testable import PlanLint

/// Readings added for the nineteenth round's development-split errors (docs/lint.md,
/// "Nineteenth round"), each with constructed sentences it flags and hard negatives it leaves
/// alone, in each language where the construction exists.
struct NineteenthRoundReadingTests: SentenceReading {
    /// The head of an agency's office, or its staff, opening the sentence speak for it: their
    /// praise is the agency's advocacy, also past the office's kind and place.
    @Test func headOfAnOfficeSpeaksForTheAgency() {
        let coordination = "Coordination"
        #expect(findings("The Head of the UNHCR sub-office Kakuma applauded the efforts of the water team.", "en", section: coordination) == ["language.agency-advocacy"])
        #expect(findings("Le chef du bureau du HCR à Kakuma a salué les efforts de l'équipe.", "fr", section: coordination) == ["language.agency-advocacy"])
        #expect(findings("El director de la oficina del ACNUR elogió los esfuerzos del equipo.", "es", section: coordination) == ["language.agency-advocacy"])
        #expect(findings("难民署卡库马分办事处负责人赞扬了团队的努力。", "zh", section: coordination) == ["language.agency-advocacy"])
        // Hard negatives: another body's head, and the office as premises.
        #expect(!flagged("The Head of the county government applauded the efforts of the water team.", "en", section: coordination))
        #expect(!flagged("The UNHCR sub-office Kakuma will be expanded.", "en", section: coordination))
        #expect(!flagged("Le chef du bureau du gouvernement a salué les efforts de l'équipe.", "fr", section: coordination))
        #expect(!flagged("El director de la oficina del gobierno elogió los esfuerzos del equipo.", "es", section: coordination))
    }

    /// Descriptions and names that name the agency on their own: `the U.N. refugee agency` with a
    /// dotted `U.N.`, `l'agence pour les réfugiés`, `la agencia para los refugiados`, `el alto
    /// comisionado de la ONU para los refugiados`, `la Agencia de las Naciones Unidas para los
    /// Refugiados (ACNUR)`.
    @Test func descriptionsNameTheAgency() {
        #expect(Set(findings("The U.N. refugee agency says it is increasing support on the island.", "en")) == ["language.agency-as-actor"])
        #expect(findings("The U.N. migration agency distributes blankets.", "en") == ["language.agency-as-actor"])
        #expect(findings("L'agence pour les réfugiés travaille avec plusieurs pays pour établir des ponts aériens.", "fr") == ["language.agency-as-actor"])
        #expect(findings("La agencia para los refugiados trabaja con varios países para establecer puentes aéreos.", "es") == ["language.agency-as-actor"])
        #expect(findings("El alto comisionado de la ONU para los refugiados da la voz de alarma sobre la situación.", "es", section: "Situation analysis") == ["language.agency-advocacy"])
        #expect(findings("La Agencia de las Naciones Unidas para los Refugiados (ACNUR) pide medidas urgentes.", "es", section: "Situation analysis") == ["language.agency-advocacy"])
        // Hard negatives: other U.N. bodies and agencies, and two agencies named in full together.
        #expect(!flagged("The U.N. Security Council says it is increasing pressure on the parties.", "en"))
        #expect(!flagged("L'agence pour l'emploi travaille avec plusieurs pays pour établir des ponts aériens.", "fr"))
        #expect(!flagged("La agencia para el desarrollo trabaja con varios países.", "es"))
        #expect(!flagged("La Agencia de las Naciones Unidas para los Refugiados (ACNUR) y la Organización Internacional para las Migraciones (OIM) piden medidas urgentes.", "es", section: "Situation analysis"))
        // Money given to two agencies named in full is still their funding (the preposition repeated).
        #expect(findings("El gobierno anunció que donará dos millones de dólares al Alto Comisionado de las Naciones Unidas para los Refugiados (ACNUR) y a la Organización Internacional para las Migraciones (OIM).", "es", section: "Budget") == ["language.agency-funding"])
    }

    /// `activar la señal de alarma` and `activar las alarmas` are alarm idioms, as `dar la voz de
    /// alarma` is; two agencies sounding it stay a joint statement.
    @Test func activatingTheAlarmIsAdvocacy() {
        let situation = "Situation analysis"
        #expect(findings("ACNUR activa la señal de alarma sobre la situación en el mar.", "es", section: situation) == ["language.agency-advocacy"])
        #expect(findings("El ACNUR activó las alarmas por el aumento de las llegadas.", "es", section: situation) == ["language.agency-advocacy"])
        #expect(!flagged("El gobierno activa la señal de alarma sobre la situación en el mar.", "es", section: situation))
        #expect(!flagged("ACNUR y la OIM activan la señal de alarma sobre la situación en el mar.", "es", section: situation))
    }

    /// Asking for measures (`solicita medidas`, `requests urgent measures`, `sollicite des mesures`)
    /// is advocacy; `demandar` is a verb of appeal (`demanda donaciones`: funding; `demanda
    /// medidas`: advocacy).
    @Test func requestedMeasuresAndDemandsAreAppeals() {
        #expect(findings("ACNUR solicita medidas legales y seguras para los refugiados.", "es") == ["language.agency-advocacy"])
        #expect(findings("UNHCR requests urgent measures to protect refugees.", "en") == ["language.agency-advocacy"])
        #expect(findings("Le HCR sollicite des mesures urgentes pour protéger les réfugiés.", "fr") == ["language.agency-advocacy"])
        #expect(findings("Acnur demanda donaciones para atender la emergencia.", "es", section: "Budget") == ["language.agency-funding"])
        #expect(findings("ACNUR demanda medidas urgentes para los refugiados.", "es") == ["language.agency-advocacy"])
        // Hard negatives: the government asking, two agencies asking together, the noun `demanda`.
        #expect(!flagged("El gobierno solicita medidas urgentes para proteger a los refugiados.", "es"))
        #expect(!flagged("UNHCR and IOM request urgent measures to protect refugees.", "en"))
        #expect(!flagged("El gobierno demanda donaciones para atender la emergencia.", "es", section: "Budget"))
        #expect(!flagged("La demanda de servicios aumentó, según ACNUR.", "es", section: "Situation analysis"))
        // Money asked for stays funding.
        #expect(findings("ACNUR solicita 20 millones de dólares para la emergencia.", "es", section: "Budget") == ["language.agency-funding"])
    }

    /// Several agencies acting together in a coordination section coordinate; one agency acting
    /// there, and several acting in a strategy section, are read as before.
    @Test func severalAgenciesActingInCoordinationCoordinate() {
        let coordination = "Coordination"
        #expect(!flagged("UNHCR and IOM have presented a joint plan at a donor meeting.", "en", section: coordination))
        #expect(!flagged("Representatives from IOM and UNHCR have presented a plan at a donor meeting.", "en", section: coordination))
        #expect(!flagged("Le HCR et l'OIM, en consultation avec les autorités, ont établi un programme commun d'évacuation.", "fr", section: coordination))
        #expect(!flagged("ACNUR y la OIM han presentado un plan conjunto en una reunión de donantes.", "es", section: coordination))
        #expect(!flagged("难民署和国际移民组织在捐助者会议上提出了区域计划。", "zh", section: coordination))
        // Still flagged: one agency in coordination, several in a strategy section.
        #expect(findings("UNHCR has presented a plan at a donor meeting.", "en", section: coordination) == ["language.agency-as-actor"])
        #expect(findings("Le HCR a établi un programme d'évacuation.", "fr", section: coordination) == ["language.agency-as-actor"])
        #expect(findings("UNHCR and IOM have presented a joint plan at a donor meeting.", "en") == ["language.agency-as-actor"])
    }

    /// An agency's premises after a locative preposition (`en los centros del ACNUR`, `at UNHCR's
    /// centres`, `dans les centres du HCR`) only say where; its premises as a subject are still
    /// its brand.
    @Test func ownedPremisesAsAPlace() {
        let situation = "Situation analysis"
        #expect(!flagged("Los refugiados fueron registrados en los centros del ACNUR.", "es", section: situation))
        #expect(!flagged("Refugees were registered at UNHCR's centres.", "en", section: situation))
        #expect(!flagged("Les réfugiés ont été enregistrés dans les centres du HCR.", "fr", section: situation))
        #expect(!flagged("难民在难民署的中心登记。", "zh", section: situation))
        #expect(findings("Los centros del ACNUR ofrecen asesoría legal a los refugiados.", "es", section: situation) == ["language.agency-branding"])
        #expect(findings("UNHCR's centres offer legal advice to refugees.", "en", section: situation) == ["language.agency-branding"])
    }

    /// The place of an agency's staff between the agency and their verb (`el personal de la OIM de
    /// Sicilia y la isla de Lampedusa se prepara`, `le personnel de l'OIM de Lampedusa distribue`).
    @Test func staffWithTheirPlace() {
        #expect(findings("El personal de la OIM de Sicilia y la isla de Lampedusa se prepara para ayudar a los migrantes.", "es") == ["language.agency-as-actor"])
        #expect(findings("Le personnel de l'OIM de Lampedusa distribue des couvertures.", "fr") == ["language.agency-as-actor"])
        #expect(!flagged("El personal del hospital de Sicilia se prepara para ayudar a los migrantes.", "es"))
        #expect(!flagged("Le personnel de l'OIM de Lampedusa est épuisé.", "fr"))
    }

    /// The agency as the inverted subject of a Spanish or French relative clause acts (`a la que se
    /// enfrenta ACNUR`, `que gère le HCR`), as `the largest emergency UNHCR faces` does; data and
    /// others' acts stay neutral.
    @Test func invertedSubjectOfARelativeClause() {
        let situation = "Situation analysis"
        #expect(findings("La crisis es la mayor emergencia a la que se enfrenta ACNUR.", "es", section: situation) == ["language.agency-as-actor"])
        #expect(findings("Los albergues que gestiona la OIM están llenos.", "es", section: situation) == ["language.agency-as-actor"])
        #expect(findings("Les sites que gère le HCR sont pleins.", "fr", section: situation) == ["language.agency-as-actor"])
        #expect(findings("The Syrian crisis is the largest emergency UNHCR faces.", "en", section: situation) == ["language.agency-as-actor"])
        #expect(!flagged("Las cifras que publica ACNUR muestran un aumento.", "es", section: situation))
        #expect(!flagged("Los refugiados que atiende el gobierno son muchos.", "es", section: situation))
        #expect(!flagged("Les chiffres que publie le HCR montrent une hausse.", "fr", section: situation))
    }

    /// `être en mesure de` is an ability modal (`n'est pas en mesure de distribuer`), and a French
    /// reporting verb coordinated with a first one (`dit comprendre ... mais affirme ne pas être en
    /// mesure de faire plus`) reports with its own infinitive.
    @Test func abilityAndCoordinatedReports() {
        let situation = "Situation analysis"
        #expect(findings("Le HCR n'est pas en mesure de distribuer plus de vivres.", "fr", section: situation) == ["language.agency-as-actor"])
        #expect(findings("Le HCR dit comprendre les demandes mais affirme ne pas être en mesure de faire plus.", "fr", section: situation) == ["language.agency-as-actor"])
        #expect(!flagged("Le gouvernement n'est pas en mesure de distribuer plus de vivres.", "fr", section: situation))
        #expect(!flagged("Le HCR dit comprendre les demandes mais affirme que les arrivées ont augmenté.", "fr", section: situation))
    }

    /// Selecting people is an act (`sélectionner`, `select`, `seleccionar`, `筛选`), also for `il`
    /// referring to the agency.
    @Test func selectingPeopleIsAnAct() {
        #expect(findings("Le HCR est présent dans le camp depuis mars. Il sélectionne les personnes ayant des besoins spécifiques.", "fr") == ["language.agency-as-actor"])
        #expect(findings("UNHCR selects the most vulnerable families.", "en") == ["language.agency-as-actor"])
        #expect(findings("ACNUR selecciona a las familias más vulnerables.", "es") == ["language.agency-as-actor"])
        #expect(findings("难民署筛选最脆弱的家庭。", "zh") == ["language.agency-as-actor"])
        #expect(!flagged("Le gouvernement sélectionne les familles.", "fr"))
        #expect(!flagged("El gobierno selecciona a las familias.", "es"))
    }

    /// Chinese: what the agency's data show is a source (`难民署统计数据显示`); a recipient phrase
    /// (`，向灾民提供`) and the agency's bare team (`，团队将前往`) continue the agency's clause; `它`
    /// right after its reporting verb is the agency.
    @Test func chineseSourcesAndContinuedClauses() {
        let situation = "Situation analysis"
        #expect(!flagged("难民署统计数据显示，目前每天约有1700名难民抵达。", "zh", section: situation))
        #expect(!flagged("难民署数据表明，每天有更多难民抵达边境。", "zh", section: situation))
        #expect(!flagged("UNHCR statistics show that 1,700 people arrive every day.", "en", section: situation))
        #expect(findings("世界粮食计划署正在与当地政府协调，向灾民提供食品包。", "zh") == ["language.agency-as-actor"])
        #expect(!flagged("当地政府正在协调，向灾民提供食品包。", "zh"))
        #expect(!flagged("世界粮食计划署正在与当地政府协调。", "zh"))
        #expect(findings("难民署表示，正在与地方当局协调，团队将于今天前往营地。", "zh", section: situation) == ["language.agency-as-actor"])
        #expect(!flagged("难民署表示，政府团队将于今天前往营地。", "zh", section: situation))
        #expect(findings("难民署周六表示，它正面临严重的资金短缺。", "zh", section: "Budget") == ["language.agency-funding"])
        #expect(!flagged("难民署表示，该国正面临严重的资金短缺。", "zh", section: "Budget"))
        #expect(!flagged("难民署表示，它们正面临严重的资金短缺。", "zh", section: "Budget"))
    }
}
