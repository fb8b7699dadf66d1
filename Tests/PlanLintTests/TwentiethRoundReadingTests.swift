import Testing
@testable import PlanLint

/// Readings added for the twentieth round's development-split errors (docs/lint.md, "Causes after
/// the twentieth round (lint-fix-r20)"), each with constructed sentences it flags and hard
/// negatives it leaves alone, in each language where the construction exists.
struct TwentiethRoundReadingTests: SentenceReading {
    private let situation = "Situation analysis"
    private let budget = "Financial requirements"
    private let coordination = "Coordination"

    /// `il y a` (ago, there is) is impersonal: its `il` refers to no agency named before it, so a
    /// joint subject stays joint; a real `il` after the agency still refers to it.
    @Test func ilYAIsImpersonal() {
        #expect(!flagged("Le PAM et les autorités ont signé il y a deux semaines un accord de partenariat.", "fr", section: coordination))
        #expect(!flagged("Le HCR et le ministère ont ouvert il y a trois mois un centre d'accueil.", "fr"))
        // Still read: the agency after the time phrase, and `il` referring to the agency.
        #expect(findings("Il y a deux semaines, le PAM a ouvert un entrepôt à Bria.", "fr") == ["language.agency-as-actor"])
        #expect(findings("Le PAM est présent à Bria. Il distribue des vivres aux familles.", "fr") == ["language.agency-as-actor"])
    }

    /// A verb of emphasis whose reported clause calls something necessary (`critical before`,
    /// `indispensable pour`, `imprescindible para`, `至关重要`) states a need: advocacy.
    @Test func necessityAfterEmphasisIsAdvocacy() {
        #expect(findings("UNHCR underlines that dialogue is essential for any return to the region.", "en", section: situation) == ["language.agency-advocacy"])
        #expect(findings("Le HCR souligne que le dialogue est indispensable pour tout retour.", "fr", section: situation) == ["language.agency-advocacy"])
        #expect(findings("Le HCR souligne qu'il est essentiel de garder les frontières ouvertes.", "fr", section: situation) == ["language.agency-advocacy"])
        #expect(findings("La OIM subraya que el diálogo es imprescindible para cualquier retorno.", "es", section: situation) == ["language.agency-advocacy"])
        #expect(findings("国际移民组织强调，对话对任何回返都至关重要。", "zh", section: situation) == ["language.agency-advocacy"])
        // Hard negatives: a critical situation described, and a ministry stressing the same.
        #expect(!flagged("UNHCR underlines that the situation in the region is critical.", "en", section: situation))
        #expect(!flagged("Le HCR souligne que la situation est critique.", "fr", section: situation))
        #expect(!flagged("La OIM subraya que la situación es crítica.", "es", section: situation))
        #expect(!flagged("国际移民组织强调，局势十分严峻。", "zh", section: situation))
        #expect(!flagged("The ministry stresses that dialogue is essential for any return.", "en", section: situation))
        #expect(!flagged("El ministerio subraya que el diálogo es imprescindible para cualquier retorno.", "es", section: situation))
        #expect(!flagged("政府强调，对话对任何回返都至关重要。", "zh", section: situation))
    }

    /// An appeal that names no money (`appeals for the protection of civilians`, `hace un
    /// llamamiento para defender`) is the agency's voice; with money or donors it stays funding.
    @Test func appealWithoutMoneyIsAdvocacy() {
        #expect(findings("UNHCR appeals for the protection of civilians fleeing the fighting.", "en", section: situation) == ["language.agency-advocacy"])
        #expect(findings("ACNUR hace un llamamiento para defender a la población civil.", "es", section: situation) == ["language.agency-advocacy"])
        // Hard negatives: money or donors asked, and the government's appeal.
        #expect(findings("UNHCR appeals for US$10 million to shelter the new arrivals.", "en", section: budget) == ["language.agency-funding"])
        #expect(!findings("ACNUR hace un llamamiento a los donantes.", "es", section: budget).contains("language.agency-advocacy"))
        #expect(!flagged("The government appeals for the protection of civilians fleeing the fighting.", "en", section: situation))
        #expect(!flagged("El gobierno hace un llamamiento para defender a la población civil.", "es", section: situation))
    }

    /// Concern shown as a noun phrase (`ha mostrado su preocupación`, `a manifesté sa préoccupation`)
    /// is concern, as `ha expresado su preocupación` is.
    @Test func concernShownIsConcern() {
        #expect(findings("Ante la llegada de miles de personas, ACNUR ha mostrado su preocupación estos días.", "es", section: situation) == ["language.agency-advocacy"])
        #expect(findings("La OIM manifestó su preocupación por las devoluciones.", "es", section: situation) == ["language.agency-advocacy"])
        #expect(findings("Le HCR a manifesté sa préoccupation face aux expulsions.", "fr", section: situation) == ["language.agency-advocacy"])
        // Hard negatives: the government's concern, and data the agency shows.
        #expect(!flagged("El gobierno ha mostrado su preocupación estos días.", "es", section: situation))
        #expect(!flagged("Los datos de ACNUR muestran un aumento de las llegadas.", "es", section: situation))
    }

    /// An agency named as the agent (`par`, `by`, `por`) and taken up by a relative pronoun is the
    /// subject of the relative clause; data and another owner's noun are left alone.
    @Test func relativeAfterAnAgentIsTheAgencys() {
        #expect(findings("Le problème reste leur prise en charge par le HCR qui travaille avec le gouvernement pour permettre leur retour.", "fr") == ["language.agency-as-actor"])
        #expect(findings("The transport of the families by IOM, which also distributes hygiene kits, continues.", "en") == ["language.agency-as-actor"])
        #expect(findings("El traslado de las familias por la OIM, que distribuye kits de higiene, continúa.", "es") == ["language.agency-as-actor"])
        // Hard negatives: a data relative, and a relative after another preposition.
        #expect(!flagged("Les chiffres ont été publiés par l'OIM, qui a enregistré 2 000 arrivées.", "fr", section: situation))
        #expect(!flagged("The figures were published by IOM, which registered 2,000 arrivals.", "en", section: situation))
        #expect(!flagged("Las cifras fueron publicadas por la OIM, que registró 2.000 llegadas.", "es", section: situation))
        #expect(!flagged("L'aide de l'OIM qui arrive chaque semaine est importante.", "fr"))
    }

    /// `detect` is a data verb (a count found), as `identify` is: staff detecting arrivals report data.
    @Test func detectingArrivalsIsData() {
        #expect(!flagged("En la frontera, personal de ACNUR ha detectado la presencia de 2.000 refugiados.", "es", section: situation))
        #expect(!flagged("Des équipes du HCR ont détecté la présence de 2 000 réfugiés à la frontière.", "fr", section: situation))
        #expect(!flagged("UNHCR staff have detected 2,000 new arrivals at the border.", "en", section: situation))
        // The government detecting the same says nothing of an agency either way.
        #expect(!flagged("Las autoridades han detectado la presencia de 2.000 refugiados.", "es", section: situation))
    }

    /// `采取措施` (takes measures) is an act; `continuamos`, `permanecemos` are first persons.
    @Test func lexiconEntries() {
        #expect(findings("难民署正在采取各种措施,为新抵达的难民修建住所。", "zh") == ["language.agency-as-actor"])
        #expect(!flagged("政府正在采取各种措施。", "zh"))
        #expect(findings("En ACNUR, continuamos preocupados por los informes de la frontera.", "es", section: situation) == ["language.first-person"])
        #expect(findings("Permanecemos en la frontera junto a las familias.", "es") == ["language.first-person"])
        #expect(!flagged("«Continuamos caminando», dijo una refugiada.", "es", section: situation))
    }

    /// Education Cannot Wait (ECW) is an agency; its name variants and descriptions as for the others.
    @Test func educationCannotWaitIsAnAgency() {
        #expect(findings("Education Cannot Wait will fund 300 learning centres.", "en") == ["language.agency-as-actor"])
        #expect(findings("ECW的投资已惠及超过30万名儿童。", "zh") == ["language.agency-as-actor"])
        #expect(!flagged("Funding from Education Cannot Wait supports the sector.", "en", section: situation))
    }

    /// `Haut Commissariat des Nations Unies aux réfugiés` names UNHCR, and with `et ses partenaires`
    /// as an agent it is the agency and its partners.
    @Test func hautCommissariatAuxRefugies() {
        #expect(flagged("Ils seront pris en charge par le Haut Commissariat des Nations Unies aux réfugiés et ses partenaires.", "fr"))
        #expect(findings("Le Haut Commissariat des Nations Unies aux réfugiés distribue des vivres.", "fr") == ["language.agency-as-actor"])
        #expect(!flagged("Le Haut Commissariat des Nations Unies aux réfugiés et le gouvernement distribuent des vivres.", "fr"))
    }

    /// Counted partners (`ACNUR y 41 socios`) are the agency and its partners, unless an apposition
    /// counts other agencies among them: then they are others sharing the subject.
    @Test func countedPartnersWithAgenciesAreJoint() {
        #expect(!flagged("ACNUR y 41 socios – entre ellos seis agencias de la ONU – buscan fondos hasta fin de año.", "es", section: budget))
        #expect(!flagged("UNHCR and 41 partners, including six UN agencies, launched an appeal.", "en", section: budget))
        #expect(!flagged("Le HCR et 41 partenaires (dont six agences des Nations Unies) distribuent des vivres.", "fr"))
        // Still the agency and its partners: no agency among them, or no apposition.
        #expect(findings("ACNUR y 41 socios – entre ellos diez ONG nacionales – distribuyen alimentos.", "es") == ["language.agency-and-its-partners"])
        #expect(findings("UNHCR and 41 partners distribute food.", "en") == ["language.agency-and-its-partners"])
    }

    /// An unknown `-ed` verb after the agency's staff and one plain noun (`IOM health teams waded`)
    /// is the staff's act.
    @Test func staffWithAPlainNounAndAnUnknownPast() {
        #expect(findings("IOM health teams waded through the flooded camp.", "en") == ["language.agency-as-actor"])
        #expect(!flagged("Government health teams waded through the flooded camp.", "en"))
    }

    /// A Chinese reported clause that opens with the money required (`所需资金为...美元`) is the
    /// agency's appeal; after an existential count (`已有180万人逃离`), a clause without a subject
    /// goes on with the people counted.
    @Test func chineseReportedRequirementsAndCounts() {
        #expect(findings("粮食署宣布,在未来六个月内,所需资金为3000万美元。", "zh", section: budget) == ["language.agency-funding"])
        #expect(!flagged("政府宣布,所需资金为3000万美元。", "zh", section: budget))
        #expect(!flagged("难民署表示,已有180万人逃离南苏丹,前往邻国的难民营。", "zh", section: situation))
        // Still read: the agency's appeal after the count, and its act without a count.
        #expect(findings("难民署表示,已有180万人逃离南苏丹,呼吁各国开放边境。", "zh", section: situation) == ["language.agency-advocacy"])
        #expect(findings("难民署表示,将向难民提供帐篷。", "zh") == ["language.agency-as-actor"])
    }

    /// The agency's own words quoted after it, the agency unquoted, are its predicate; a quote that
    /// holds the agency's name is someone's speech.
    @Test func quotedPredicateAfterTheAgency() {
        #expect(findings("Le HCR « demande aux donateurs un soutien supplémentaire », a-t-il ajouté.", "fr") == ["language.agency-as-actor"])
        #expect(findings("ACNUR «distribuye mantas en la frontera», dijo.", "es") == ["language.agency-as-actor"])
        #expect(findings("UNHCR “is distributing blankets at the border”, he said.", "en") == ["language.agency-as-actor"])
        #expect(!flagged("« Le HCR distribue des vivres », dit un réfugié.", "fr"))
        #expect(!flagged("Le gouvernement « distribue des vivres ».", "fr"))
    }

    /// The agency as the viewpoint that opens the sentence, with an alarm (`Para el ACNUR, ... es
    /// alarmante`), voices its concern; a plain fact, another viewpoint and `Según` are left alone.
    @Test func viewpointWithAlarmIsConcern() {
        #expect(findings("Para el ACNUR, el número de llegadas es alarmante.", "es", section: situation) == ["language.agency-advocacy"])
        #expect(findings("Pour le HCR, la situation est inacceptable.", "fr", section: situation) == ["language.agency-advocacy"])
        #expect(findings("For UNHCR, the number of arrivals is alarming.", "en", section: situation) == ["language.agency-advocacy"])
        #expect(findings("对难民署而言，这一数字令人担忧。", "zh", section: situation) == ["language.agency-advocacy"])
        #expect(!flagged("Para el ACNUR, la cifra asciende a 3.000 personas.", "es", section: situation))
        #expect(!flagged("Para el gobierno, el número de llegadas es alarmante.", "es", section: situation))
        #expect(!flagged("Según el ACNUR, el número de llegadas es alarmante.", "es", section: situation))
        #expect(!flagged("对难民署而言，这一数字有所增加。", "zh", section: situation))
        #expect(!flagged("对政府而言，这一数字令人担忧。", "zh", section: situation))
    }

    /// In Chinese an agency right after another subject's appeal or request is its addressee (as in
    /// the other languages, where it is the verb's object); a causative is still the agency's act.
    @Test func chineseAddresseeOfAnAppeal() {
        #expect(!flagged("孟加拉国敦促难民署向难民提供食品。", "zh"))
        #expect(!flagged("孟加拉国呼吁联合国难民署(UNHCR)向难民提供食品。", "zh"))
        #expect(!flagged("孟加拉国要求红十字国际委员会(ICRC)等人道组织向难民提供食品。", "zh"))
        #expect(!flagged("Bangladesh urged UNHCR to provide food to the refugees.", "en"))
        // Still read: the agency's own appeal, and a causative.
        #expect(findings("联合国难民署(UNHCR)呼吁各国向难民提供食品。", "zh", section: situation) == ["language.agency-advocacy"])
        #expect(flagged("孟加拉国迫使难民署削减口粮。", "zh"))
    }

    /// A Chinese head named after the agency and a title (`国际移民组织总干事维托里诺`) is one
    /// mention, and joined to others and then `一起` (together) acts jointly.
    @Test func chineseTitledHeadsTogether() {
        let visit = "格兰迪和国际移民组织总干事维托里诺一起前往孟加拉进行访问。"
        #expect(!flagged(visit, "zh", section: coordination))
        #expect(!flagged("格兰迪和洛科克以及国际移民组织一起前往孟加拉。", "zh", section: coordination))
        #expect(findings("国际移民组织总干事维托里诺前往孟加拉进行访问。", "zh", section: coordination) == ["language.agency-as-actor"])
        #expect(findings("难民署向难民提供食品。", "zh") == ["language.agency-as-actor"])
    }
}
