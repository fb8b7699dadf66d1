import Testing
@testable import PlanLint

/// Readings added for the thirty-fourth, thirty-sixth and thirty-ninth rounds' development errors
/// (docs/lint.md, "The thirtieth to fortieth rounds"), each with constructed sentences it flags
/// and hard negatives it leaves alone, in each language where the construction exists.
struct ThirtyFourthRoundReadingTests: SentenceReading {
    private let situation = "Situation analysis"
    private let budget = "Financial requirements"

    /// A sentence that is a quotation and nothing else, its speaker named nowhere near, is a
    /// statement: an agency named in it in the third person acts as in the plan's own words,
    /// while its first person stays the unknown speaker's; a quotation a speech frame introduces
    /// (`Amina raconte :`) is the speaker's testimony.
    @Test func unattributedStatements() {
        #expect(findings("« L'OIM a considérablement intensifié ses opérations dans la province. »", "fr") == ["language.agency-as-actor"])
        #expect(findings("“UNHCR has stepped up its operations across the region.”", "en") == ["language.agency-as-actor"])
        #expect(findings("“ACNUR ha intensificado su presencia en la frontera”.", "es") == ["language.agency-as-actor"])
        // Hard negatives: a refugee's first person, a testimony its frame introduces.
        #expect(!flagged("« Nous avons tout perdu. »", "fr", section: situation))
        #expect(!flagged("“We lost everything when we fled.”", "en", section: situation))
        #expect(!flagged("Amina raconte : « Le HCR nous a donné une tente. »", "fr", section: situation))
    }

    /// The small comma some Chinese pages use (`﹐`) ends a clause as `，` does: what an agency
    /// expects (`预计﹐`) is its report, not its act.
    @Test func theSmallCommaEndsAClause() {
        #expect(!flagged("聯合國難民署預計﹐今年年底之前將會有三萬人逃往鄰國。", "zh", section: situation))
        #expect(!flagged("联合国难民署预计﹐今年年底之前将会有三万人逃往邻国。", "zh", section: situation))
    }

    /// What an agency's effort focuses on (`focuses on providing`, `will be limited to providing`,
    /// `se limitera à distribuer`, `se centrará en fortalecer`) is its act, as after a catenative,
    /// also when its response or interventions focus; a government's focus, and a report's, are not.
    @Test func theFocusOfAnAgencysEffort() {
        let strategy = "Response strategy"
        #expect(findings("UNHCR focuses on providing shelter to new arrivals.", "en", section: strategy) == ["language.agency-as-actor"])
        #expect(findings("UNHCR's response focuses on providing shelter.", "en", section: strategy) == ["language.agency-as-actor"])
        #expect(findings("UNHCR's interventions will be limited to providing shelter.", "en", section: strategy) == ["language.agency-as-actor"])
        #expect(findings("Le HCR se limitera à distribuer des vivres.", "fr", section: strategy) == ["language.agency-as-actor"])
        #expect(findings("ACNUR se centrará en fortalecer la respuesta.", "es", section: strategy) == ["language.agency-as-actor"])
        // Hard negatives: the government's focus, a report's, a focus as a noun before a place.
        #expect(!flagged("The Government's response focuses on supporting refugees.", "en", section: strategy))
        #expect(!flagged("The UNHCR report focuses on education.", "en", section: situation))
        #expect(!flagged("El Gobierno se enfocará en fortalecer la respuesta.", "es", section: strategy))
    }

    /// Connective and repetition adverbs between the agency and its verb (`a toutefois distribué`,
    /// `a une nouvelle fois demandé`, `, sin embargo,`, `has once again`, `再次`) leave the verb its
    /// predicate; a government's verb past them stays the government's.
    @Test func connectivesBetweenTheAgencyAndItsVerb() {
        let strategy = "Response strategy"
        #expect(findings("Le HCR a toutefois distribué des tentes.", "fr", section: strategy) == ["language.agency-as-actor"])
        #expect(findings("Le PAM est donc venu apporter une assistance alimentaire.", "fr", section: strategy) == ["language.agency-as-actor"])
        #expect(findings("Le HCR a une nouvelle fois demandé à la communauté internationale un soutien supplémentaire.", "fr", section: strategy) == ["language.agency-advocacy"])
        #expect(findings("El ACNUR, sin embargo, distribuyó mantas.", "es", section: strategy) == ["language.agency-as-actor"])
        #expect(findings("UNHCR has once again distributed blankets.", "en", section: strategy) == ["language.agency-as-actor"])
        #expect(findings("难民署再次向边境地区空投物资。", "zh", section: strategy) == ["language.agency-as-actor"])
        #expect(!flagged("Le gouvernement a une nouvelle fois demandé un soutien.", "fr", section: strategy))
        #expect(!flagged("Le gouvernement a toutefois distribué des tentes.", "fr", section: strategy))
    }

    /// Verbs of acting the lexicon lacked: activating a response (`activate`, `activer`,
    /// `activar`, also in a reported clause), planning one without `de` (`envisage créer`), and
    /// Chinese airdrops, upgrades and mobilized supplies (`空投`, `升级`, `调集`); a conflict that
    /// escalates (`冲突升级`) and a government that activates its plan are no agency acting.
    @Test func verbsOfActivatingAndMobilizing() {
        let strategy = "Response strategy"
        #expect(findings("El ACNUR indicó que está activando dispositivos de emergencia.", "es", section: strategy) == ["language.agency-as-actor"])
        #expect(findings("Le HCR envisage créer des camps temporaires.", "fr", section: strategy) == ["language.agency-as-actor"])
        #expect(findings("世界粮食计划署从邻国调集了三万吨口粮。", "zh", section: strategy) == ["language.agency-as-actor"])
        #expect(findings("难民署已开始升级在叙利亚的业务能力。", "zh", section: strategy) == ["language.agency-as-actor"])
        #expect(!flagged("El Gobierno activó su plan de contingencia.", "es", section: strategy))
        #expect(!flagged("冲突升级导致更多人逃离。", "zh", section: situation))
    }

    /// `这个组织`, `这个机构` refer back to the agency named in the sentence before, as `该组织`
    /// does; with no agency before they name no one.
    @Test func chineseDemonstrativeReferences() {
        let strategy = "Response strategy"
        #expect(findings("联合国儿童基金会正在边境储存物资。这个组织还开始向边境地区空投毯子。", "zh", section: strategy) == ["language.agency-as-actor", "language.agency-as-actor"])
        #expect(!flagged("这个组织还开始向边境地区空投毯子。", "zh", section: strategy))
    }

    /// A task that is the agency's responsibility (`由国际移民组织负责`) states its mandate, as
    /// `难民署负责` does; a task the agency does (`由难民署分发`) is its act.
    @Test func chineseResponsibilityInAPassive() {
        #expect(!flagged("目前境内流离失所者的登记工作主要由国际移民组织负责。", "zh", section: "Coordination"))
        #expect(findings("物资由难民署分发。", "zh", section: "Response strategy") == ["language.agency-as-actor"])
    }

    /// Organizations that include the agency (`包括无国界医生的数个人道救援组织`) are a group it is
    /// one of; its own staff (`难民署的工作人员`) act for it.
    @Test func chineseGroupsThatIncludeTheAgency() {
        let strategy = "Response strategy"
        #expect(!flagged("包括无国界医生的数个人道救援组织正为难民家庭提供栖身处。", "zh", section: strategy))
        #expect(!flagged("包括难民署的多个机构正为难民提供援助。", "zh", section: strategy))
        #expect(findings("難民署的工作人員正為難民提供援助。", "zh", section: strategy) == ["language.agency-as-actor"])
    }

    /// Money lacked in the clause an agency reports after it (`due to a lack of funds, WFP said`,
    /// `faute de financement, a indiqué le PAM`, `por falta de fondos, informó el PMA`) is its
    /// funding need; people lacking food are what it reports.
    @Test func moneyLackedInAReportedClause() {
        #expect(findings("Rations will be halved from next month due to a lack of funds, the United Nations food agency has said.", "en", section: budget) == ["language.agency-funding"])
        #expect(findings("Les rations seront réduites de moitié faute de financement, a indiqué le PAM.", "fr", section: budget) == ["language.agency-funding"])
        #expect(findings("Las raciones se reducirán a la mitad por falta de fondos, informó el PMA.", "es", section: budget) == ["language.agency-funding"])
        #expect(!flagged("Many refugees lack food, WFP said.", "en", section: situation))
        #expect(!flagged("Les réfugiés manquent de nourriture, a indiqué le PAM.", "fr", section: situation))
    }

    /// A French participle locution with `en` (`mis en place par`, `mises en œuvre par`) is a
    /// reduced relative as `construits par` is: the agency made what the noun names; the
    /// government's mechanisms are no agency's act.
    @Test func participleLocutionsWithEn() {
        let strategy = "Response strategy"
        #expect(findings("Des espaces mis en place par l'UNICEF accueillent les enfants.", "fr", section: strategy) == ["language.agency-as-actor"])
        #expect(findings("Les activités mises en œuvre par l'OIM ont atteint 5 000 personnes.", "fr", section: strategy) == ["language.agency-as-actor"])
        #expect(!flagged("Les mécanismes de coordination mis en place par le gouvernement fonctionnent.", "fr", section: strategy))
    }

    /// Not ruling out that something happens (`no descartó que`, `did not rule out that`) reports a
    /// possibility; ruling out a measure (`descartó el uso de campamentos`) is an act.
    @Test func rulingOutAPossibility() {
        #expect(!flagged("El ACNUR no descartó que el número de solicitantes pueda incrementarse.", "es", section: situation))
        #expect(!flagged("UNHCR did not rule out that the number of asylum seekers could rise.", "en", section: situation))
        #expect(findings("El ACNUR descartó el uso de campamentos.", "es", section: situation) == ["language.agency-as-actor"])
    }

    /// What the agency itself urgently needs in kind (`粮食署现在急需豆类和植物油`) is its appeal in
    /// its own voice, and with money its funding need; people's urgent needs, and a clause without a
    /// subject after a count of people, are the situation.
    @Test func chineseUrgentNeedsOfTheAgency() {
        #expect(findings("粮食署现在急需豆类和植物油。", "zh", section: budget) == ["language.agency-advocacy"])
        #expect(findings("粮食署急需资金。", "zh", section: budget) == ["language.agency-funding"])
        #expect(!flagged("难民急需食物和住所。", "zh", section: situation))
        #expect(!flagged("儿基会代表表示,约有400万儿童患有急性营养不良,亟需医疗救治。", "zh", section: situation))
    }

    /// An appeal for money the agency issues, named as a noun (`该组织向国际社会发出了募捐呼吁`,
    /// `发出了2320万美元的呼吁`), is its funding appeal; the UN's appeal it answers is another's.
    @Test func chineseAppealsNamedAsNouns() {
        #expect(findings("国际移民组织正在开展工作。6日,该组织向国际社会发出了2320万美元的募捐呼吁。", "zh", section: budget) == ["language.agency-as-actor", "language.agency-funding"])
        #expect(findings("国际移民组织向国际社会发出了募捐呼吁。", "zh", section: budget) == ["language.agency-funding"])
        #expect(findings("国际移民组织向国际社会发出了2320万美元的呼吁。", "zh", section: budget) == ["language.agency-funding"])
        #expect(!flagged("联合国发出了2320万美元的募捐呼吁。", "zh", section: budget))
    }

    /// A forecast (`expects more people to arrive`, `anticipates that`) is data, as `estimates`
    /// is; an infinitive right after it is the agency's own act (`expects to distribute`), and a
    /// forecast with a noun phrase as its object reports no clause: a verb coordinated with it is
    /// the agency's (`anticipates a swell in arrivals and has called for`).
    @Test func forecastsAndWhatFollowsThem() {
        #expect(!flagged("UNHCR expects more people to arrive in the coming days.", "en", section: situation))
        #expect(!flagged("UNHCR anticipates that arrivals will continue.", "en", section: situation))
        #expect(findings("UNHCR expects to distribute blankets to 5,000 families.", "en", section: "Response strategy") == ["language.agency-as-actor"])
        #expect(findings("UNHCR anticipates a swell in the number of new arrivals and has called for the allocation of other settlements.", "en", section: situation) == ["language.agency-advocacy"])
        #expect(!flagged("UNHCR estimates that 5,000 people arrived and were taken to camps.", "en", section: situation))
    }

    /// Verb phrases are lemmas whose head is conjugated (`mettre en garde`, `tirer la sonnette
    /// d'alarme`, `encender:ie las alarmas`, `sound the alarm`, `set up`): every tense is read, not
    /// only the forms once listed (`mettaient en garde`, `enciende las alarmas`, `is raising the
    /// alarm`); two agencies warning together make a joint statement.
    @Test func verbPhrasesInEveryForm() {
        #expect(findings("Le HCR mettait en garde contre les risques d'interruption de l'assistance.", "fr", section: situation) == ["language.agency-advocacy"])
        #expect(findings("El ACNUR enciende las alarmas por la situación.", "es", section: situation) == ["language.agency-advocacy"])
        #expect(findings("UNHCR is raising the alarm over new arrivals.", "en", section: situation) == ["language.agency-advocacy"])
        #expect(findings("UNHCR is setting up a transit centre.", "en", section: "Response strategy") == ["language.agency-as-actor"])
        #expect(findings("El ACNUR llevó a cabo el registro.", "es", section: "Response strategy") == ["language.agency-as-actor"])
        #expect(!flagged("Le PAM et le HCR mettaient en garde contre les risques d'interruption de l'assistance.", "fr", section: situation))
        #expect(!flagged("Les autorités mettaient en garde contre les risques.", "fr", section: situation))
    }

    /// English inverts a bare verb only: after an auxiliary the agency is the object of a
    /// minister's call (`The Foreign Minister, Ali El Sadig, has called on UNHCR to respond`).
    @Test func englishCallsOnTheAgencyAfterAnApposition() {
        #expect(!flagged("The Foreign Minister, Ali El Sadig, has called on UNHCR to respond to the needs of refugees.", "en", section: situation))
        #expect(findings("UNHCR has called on the authorities to respond to the needs of refugees.", "en", section: situation) == ["language.agency-advocacy"])
    }

    /// A place between a description and its verb (`l'Agence de l'ONU au Tchad a besoin`) leaves
    /// the description the subject, so `elle` in the next sentence refers to the agency.
    @Test func aPlaceAfterTheSubjectKeepsItsReference() {
        #expect(findings("L'Agence de l'ONU au Tchad a besoin de 25 millions de dollars. Mais elle n'a réussi à mobiliser que 10 pour cent de cette somme.", "fr", section: budget)
                == ["language.agency-funding", "language.agency-as-actor"])
    }

    /// Money someone else gives the agency (`a accordé au HCR 1,7 million USD`, `otorgó al ACNUR
    /// 2 millones de dólares`, `granted UNHCR USD 1.7 million`) is a donation in its name; a gift
    /// in kind, money given to two agencies, and a share of the plan's budget are not.
    @Test func moneyGivenToTheAgency() {
        #expect(findings("Le Japon a accordé au HCR 1,7 million USD pour assister les déplacés.", "fr", section: budget) == ["language.agency-funding"])
        #expect(findings("Japón otorgó al ACNUR 2 millones de dólares.", "es", section: budget) == ["language.agency-funding"])
        #expect(findings("Japan has granted UNHCR 1.7 million dollars.", "en", section: budget) == ["language.agency-funding"])
        #expect(!flagged("Le Japon a remis au HCR des tentes.", "fr", section: budget))
        #expect(!flagged("Le Japon a accordé au HCR et à l'OIM 2 millions de dollars.", "fr", section: budget))
        #expect(!flagged("The plan allocates to UNHCR a share of the budget.", "en", section: budget))
    }

    /// Aspiring to raise money (`aspira a recaudar`, `aspires to raise`) and having an urgent need
    /// of it (`a un besoin urgent de financement`, also reported: `dit avoir un besoin`) are the
    /// agency's appeal; refugees' urgent needs are the situation.
    @Test func aspirationsAndNeedsForMoney() {
        #expect(findings("UNICEF aspira a recaudar más de 800 millones de dólares.", "es", section: budget) == ["language.agency-funding"])
        #expect(findings("UNICEF aspires to raise USD 800 million.", "en", section: budget) == ["language.agency-funding"])
        #expect(findings("Le HCR dit avoir un besoin urgent de financement.", "fr", section: budget) == ["language.agency-funding"])
        #expect(!flagged("Les réfugiés ont un besoin urgent d'abris.", "fr", section: situation))
    }

    /// Assuring in the past that something is so (`aseguró que`, `a assuré que`) reports it; an
    /// assurance of the agency's own act in the reported clause, and ensuring in the future, are
    /// its acts.
    @Test func assurancesReported() {
        #expect(!flagged("Mediante un informe UNICEF aseguró que más de 30.000 niños han cruzado el Darién.", "es", section: situation))
        #expect(!flagged("Le HCR a assuré que la situation était sous contrôle.", "fr", section: situation))
        #expect(findings("UNICEF aseguró que seguirá apoyando a los niños.", "es", section: "Response strategy") == ["language.agency-as-actor"])
        #expect(findings("El ACNUR asegurará que los niños reciban atención.", "es", section: "Response strategy") == ["language.agency-as-actor"])
    }

    /// Partners that are the government (`son partenaire gouvernemental`, `its government
    /// partner`) and aid groups the agency is one of (`国际移民组织等援助团体`) make a joint act; the
    /// lead agency of a response names a coordination role, not praise.
    @Test func jointGroupsAndLeadRoles() {
        #expect(!flagged("Le HCR, en coordination avec son partenaire gouvernemental, la CNR, a enregistré 73 645 réfugiés.", "fr", section: situation))
        #expect(findings("Le HCR, en coordination avec ses partenaires, a distribué des tentes.", "fr", section: situation) == ["language.agency-and-its-partners"])
        #expect(!flagged("国际移民组织等援助团体将为难民提供援助。", "zh", section: "Response strategy"))
        #expect(!flagged("IOM is the lead agency for the returnee response.", "en", section: "Coordination"))
        #expect(findings("UNHCR is the leading agency in refugee protection.", "en", section: "Coordination") == ["language.self-promotion"])
    }

    /// A cause the agency gives after its reporting verb (`, WFP said on Tuesday, blaming a
    /// critical funding shortage`) that is a gap in money is its own funding gap; a conflict
    /// blamed is the situation.
    @Test func causesBlamedAfterTheReport() {
        #expect(findings("Refugees will receive only half of their rations, WFP said on Tuesday, blaming a critical funding shortage for the decision.", "en", section: budget) == ["language.agency-funding"])
        #expect(findings("Rations will be cut, WFP said, citing a lack of funds.", "en", section: budget) == ["language.agency-funding"])
        #expect(!flagged("Arrivals rose sharply, UNHCR said on Tuesday, blaming the conflict.", "en", section: situation))
    }

    /// A Chinese reported clause that opens with a need and an amount (`说，大约需要5700万美元`) is
    /// the agency's appeal, also from its official; a need without money is what it reports.
    @Test func chineseNeedsOpeningAReportedClause() {
        #expect(findings("联合国儿童基金会说,大约需要5700万美元才能援助流离失所人口。", "zh", section: budget) == ["language.agency-funding"])
        #expect(!flagged("联合国儿童基金会说,难民需要食物和住所。", "zh", section: situation))
        #expect(findings("联合国难民署仍将继续在叙利亚运作。", "zh", section: "Response strategy") == ["language.agency-as-actor"])
    }

    /// A number written out and repeated in figures (`six (6) centres`) counts what the agency
    /// holds, its offices and premises.
    @Test func numbersRepeatedInFigures() {
        #expect(findings("Au Niger, l'OIM possède six (6) centres de transit ouverts pour les migrants.", "fr", section: situation) == ["language.agency-staffing"])
        #expect(!flagged("Au Niger, le gouvernement possède six (6) centres de transit.", "fr", section: situation))
    }

    /// Concern an agency's official voices in a quotation with no agency named in it (`« La
    /// situation est très préoccupante », a déclaré le représentant de l'UNICEF`, `"The situation
    /// is alarming," said the UNHCR spokesperson`) is the agency's; a refugee's or a minister's
    /// concern is theirs.
    @Test func concernInAnOfficialsQuotation() {
        #expect(findings("« La situation est très préoccupante », a déclaré John Agbor, représentant de l'UNICEF au Burkina Faso.", "fr", section: situation) == ["language.agency-advocacy"])
        #expect(findings("\"The situation is alarming,\" said the UNHCR spokesperson.", "en", section: situation) == ["language.agency-advocacy"])
        #expect(!flagged("« La situation est très préoccupante », a déclaré une mère réfugiée.", "fr", section: situation))
        #expect(!flagged("« La situation est très préoccupante », a déclaré le ministre.", "fr", section: situation))
        #expect(!flagged("\"The situation is not alarming,\" said the UNHCR spokesperson.", "en", section: situation))
    }

    /// The agency's work praised with a copula (`UNICEF's response is critical`, `La respuesta de
    /// UNICEF es fundamental`, `la présence du HCR est essentielle`) promotes it; the government's
    /// response praised, and the agency's response described, do not.
    @Test func theAgencysWorkPraised() {
        let strategy = "Response strategy"
        #expect(findings("UNICEF's emergency response is vital for children.", "en", section: strategy) == ["language.self-promotion"])
        #expect(findings("La respuesta de UNICEF es fundamental.", "es", section: strategy) == ["language.self-promotion"])
        #expect(findings("La présence du HCR est essentielle.", "fr", section: strategy) == ["language.self-promotion"])
        #expect(!flagged("The Government's response is critical.", "en", section: strategy))
        #expect(!flagged("La respuesta del Gobierno es fundamental.", "es", section: strategy))
        #expect(!flagged("UNICEF's response is slow.", "en", section: situation))
        // The English compound owner too (`WFP food assistance is the only reliable source`).
        #expect(findings("WFP food assistance is the only reliable source of food for the Rohingya.", "en", section: strategy) == ["language.self-promotion"])
        #expect(!flagged("WFP food assistance is delivered monthly.", "en", section: situation))
    }

    /// A funding crisis or shortfall `at` the agency (`amid a funding crisis at the United Nations
    /// World Food Programme`, `la crise de financement du PAM`) is its own gap; a financial crisis
    /// of a region, and people arriving at the agency's offices, are not.
    @Test func fundingCrisesAtTheAgency() {
        #expect(findings("Food rations have been cut off this week amid a funding crisis at the United Nations World Food Programme.", "en", section: budget) == ["language.agency-funding"])
        #expect(findings("La crise de financement du PAM s'aggrave.", "fr", section: budget) == ["language.agency-funding"])
        #expect(!flagged("The financial crisis affects the region.", "en", section: situation))
        #expect(!flagged("Refugees arrived at UNHCR offices.", "en", section: situation))
    }

    /// A quoted first person that speaks of what only an organization has (donors, funding,
    /// rations it hands out, partners, staff) is the agency's voice even when the sentence does
    /// not name the agency; a refugee's, a minister's and a family's first person stay theirs.
    @Test func quotedFirstPersonOfAnOrganization() {
        #expect(findings("\"We call on the generosity of our donors to urgently cover the most critical gaps,\" Castro added.", "en", section: budget) == ["language.first-person"])
        #expect(findings("« Malheureusement, nous avons dû réduire les rations, car le nombre de réfugiés a doublé », explique Christine Coudour.", "fr", section: budget) == ["language.first-person"])
        #expect(!flagged("\"We lost everything and our children are hungry,\" said Amina.", "en", section: situation))
        #expect(!flagged("\"We call on our partners to support the refugees,\" the minister said.", "en", section: situation))
        #expect(!flagged("« Nous n'avons plus de rations », raconte un réfugié.", "fr", section: situation))
    }

    /// A call on the reader to donate with one agency named (`puedes hacer una donación a través de
    /// la página web de Acnur`, `Vous pouvez faire un don sur le site du HCR`, `您可以通过难民署网站捐款`)
    /// is a donation call in its name; with no agency named it is the plan's.
    @Test func donationCallsToTheReader() {
        #expect(findings("Puedes hacer una donación directa a través de la página web de Acnur.", "es", section: budget) == ["language.agency-funding"])
        #expect(findings("Vous pouvez faire un don sur le site du HCR.", "fr", section: budget) == ["language.agency-funding"])
        #expect(findings("You can donate through the UNHCR website.", "en", section: budget) == ["language.agency-funding"])
        #expect(findings("您可以通过难民署网站捐款。", "zh", section: budget) == ["language.agency-funding"])
        #expect(!flagged("You can donate to the refugee fund.", "en", section: budget))
        #expect(!flagged("Don José Pérez, alcalde de la ciudad, se reunió con el ACNUR.", "es", section: situation))
    }

    /// French and Spanish modals (`a pu`, `pourra`, `a dû`, `pudo`, `debió`) pass to the verb
    /// after them: able to count is a count (`a pu recenser 291 629 réfugiés`), able to
    /// distribute an act.
    @Test func modalsPassToTheirVerb() {
        #expect(!flagged("Le HCR a pu recenser 291 629 réfugiés.", "fr", section: situation))
        #expect(!flagged("El ACNUR pudo registrar a 5.000 refugiados.", "es", section: situation))
        #expect(findings("Le PAM a dû réduire les rations.", "fr", section: situation) == ["language.agency-as-actor"])
        #expect(findings("El ACNUR pudo distribuir mantas.", "es", section: situation) == ["language.agency-as-actor"])
    }

    /// A time between the verb of speech and the speaker after a quotation (`», a souligné,
    /// vendredi, l'agence onusienne`) leaves the agency the speaker; a refugee so named stays the
    /// speaker of her testimony. The organization's words may come before its first person
    /// (`“Un financiamiento mayor nos permitirá ...”`).
    @Test func speakersPastATime() {
        #expect(findings("« Nous sommes profondément préoccupés », a souligné, vendredi, l'agence onusienne.", "fr", section: situation) == ["language.first-person"])
        #expect(!flagged("« Nous avons tout perdu », a raconté, vendredi, une réfugiée.", "fr", section: situation))
        #expect(findings("“Un financiamiento mayor e inmediato nos permitirá establecer reservas de suministros”, agregó.", "es", section: budget) == ["language.first-person"])
    }

    /// A Chinese act right after the agency that modifies what it made or gave (`难民署提供的帐篷
    /// 散落在平原上`, `红十字国际委员会安装的井眼`) is its act, as `tents provided by UNHCR` is; data it
    /// gave is a source, and money a donor gave its contribution.
    @Test func chineseActsModifyingWhatTheAgencyGave() {
        #expect(findings("难民署提供的帐篷散落在平原上。", "zh", section: situation) == ["language.agency-as-actor"])
        #expect(!flagged("难民署提供的数据显示,已有5万人抵达。", "zh", section: situation))
        #expect(!flagged("援助资金包括国际开发署提供的7700多万美元。", "zh", section: budget))
    }

    /// An agency's goodwill ambassador (`UNHCR Goodwill Ambassador Cate Blanchett`,
    /// `l'ambassadrice de bonne volonté du HCR`, `联合国难民署亲善大使`) is its brand; a goodwill
    /// ambassador of no agency is not.
    @Test func goodwillAmbassadors() {
        #expect(findings("UNHCR Goodwill Ambassador Cate Blanchett visited the camp.", "en", section: situation) == ["language.agency-branding"])
        #expect(findings("L'ambassadrice de bonne volonté du HCR a visité le camp.", "fr", section: situation) == ["language.agency-branding"])
        #expect(findings("凯特·布兰切特受到她联合国难民署亲善大使工作的启发。", "zh", section: situation) == ["language.agency-branding"])
        #expect(!flagged("The goodwill ambassador visited the camp.", "en", section: situation))
        #expect(findings("难民署计划在乍得开设新营地。", "zh", section: "Response strategy") == ["language.agency-as-actor"])
    }

    /// What Chinese `对` introduces is what someone else acts on (`监督办公室对难民署的系统进行了审核`:
    /// an audit of the agency's system); the agency's own system as the subject is its brand.
    @Test func chineseObjectsOfDui() {
        #expect(!flagged("监督办公室对难民署的系统进行了审核。", "zh", section: "Coordination"))
        #expect(findings("难民署的系统进行了升级。", "zh", section: "Coordination") == ["language.agency-branding"])
    }

    /// An agency's areas of focus (`uno de los principales focos de trabajo de ACNUR`, `les axes
    /// prioritaires du HCR`) are its internal priorities; the government's are not.
    @Test func areasOfFocus() {
        #expect(findings("La prevención de la violencia de género es uno de los principales focos de trabajo de ACNUR.", "es", section: "Response strategy") == ["language.agency-staffing"])
        #expect(findings("La protection de l'enfance fait partie des axes prioritaires du HCR.", "fr", section: "Response strategy") == ["language.agency-staffing"])
        #expect(!flagged("La prevención de la violencia de género es uno de los principales focos de trabajo del Gobierno.", "es", section: "Response strategy"))
    }

    /// Spanish `asociados` and `aliados`, French `associés` are partners too (`el ACNUR y sus
    /// asociados`); the government's partners are not an agency's.
    @Test func partnersInOtherWords() {
        #expect(findings("El ACNUR y sus asociados distribuyeron mantas.", "es", section: "Response strategy") == ["language.agency-and-its-partners"])
        #expect(!flagged("El Gobierno y sus asociados distribuyeron mantas.", "es", section: "Response strategy"))
    }

    /// Exploring or studying the possibility of an act (`está explorando la posibilidad de abrir`,
    /// `étudie la possibilité d'ouvrir`, `is exploring the possibility of opening`) is planning it,
    /// as a catenative; the possibility of arrivals is no act.
    @Test func exploringThePossibilityOfAnAct() {
        let strategy = "Response strategy"
        #expect(findings("ACNUR también está explorando la posibilidad de abrir campamentos adicionales.", "es", section: strategy) == ["language.agency-as-actor"])
        #expect(findings("Le HCR étudie la possibilité d'ouvrir un nouveau camp.", "fr", section: strategy) == ["language.agency-as-actor"])
        #expect(findings("UNHCR is exploring the possibility of opening new camps.", "en", section: strategy) == ["language.agency-as-actor"])
        #expect(!flagged("UNHCR is exploring the possibility of new arrivals.", "en", section: situation))
        #expect(!flagged("El Gobierno está explorando la posibilidad de abrir campamentos.", "es", section: strategy))
    }
}
