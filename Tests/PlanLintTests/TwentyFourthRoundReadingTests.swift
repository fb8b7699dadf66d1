import Testing
@testable import PlanLint

/// Readings added for the twenty-fourth round's development errors (plan documents and their
/// reports; docs/lint.md, "Causes after the twenty-fourth round"), each with constructed sentences
/// it flags and hard negatives it leaves alone, in each language where the construction exists.
struct TwentyFourthRoundReadingTests: SentenceReading {
    private let situation = "Situation analysis"

    /// The partners named as the agency's (`UNHCR's partners`, `les partenaires du HCR`, `los
    /// socios del ACNUR`, and an apposition `AHA et FICR, partenaires du HCR,`) before an act: the
    /// other partners made the agency's, as `UNHCR and its partners` does.
    @Test func partnersNamedAsTheAgencys() {
        #expect(findings("UNHCR's partners will distribute food in the camps.", "en") == ["language.agency-and-its-partners"])
        #expect(findings("Les partenaires du HCR distribueront des vivres.", "fr") == ["language.agency-and-its-partners"])
        #expect(findings("AHA et FICR, partenaires du HCR, ont fait un dépistage médical des nouveaux arrivants.", "fr") == ["language.agency-and-its-partners"])
        #expect(findings("Los socios del ACNUR distribuirán alimentos.", "es") == ["language.agency-and-its-partners"])
        // Hard negatives: the partners listed or thanked, not acting, and the agency's partnership.
        #expect(!flagged("La liste des partenaires du HCR figure en annexe.", "fr", section: situation))
        #expect(!flagged("Le gouvernement remercie les partenaires du HCR.", "fr"))
        #expect(!flagged("La lista de socios del ACNUR figura en el anexo.", "es", section: situation))
        #expect(!flagged("UNHCR's partnership with the Government is strong.", "en", section: situation))
    }

    /// An aim the agency has, with the verb of its work after it: `tiene por finalidad reforzar`,
    /// `a pour objectif de renforcer`, `has the objective of strengthening`, as `its mission is to`.
    @Test func anAimTheAgencyHas() {
        #expect(findings("La OIM tiene por finalidad reforzar las capacidades institucionales.", "es") == ["language.agency-as-actor"])
        #expect(findings("La OIM tiene el cometido de proporcionar un apoyo directo a poblaciones vulnerables.", "es") == ["language.agency-as-actor"])
        #expect(findings("Le HCR a pour objectif de renforcer les capacités nationales.", "fr") == ["language.agency-as-actor"])
        #expect(findings("IOM has the objective of strengthening national capacities.", "en") == ["language.agency-as-actor"])
        // Hard negatives: a mandate, a government's aim, and staff held.
        #expect(!flagged("La OIM tiene el mandato de atender a los migrantes.", "es"))
        #expect(!flagged("Le gouvernement a pour objectif de renforcer les capacités nationales.", "fr"))
        #expect(!flagged("The Government has the objective of strengthening national capacities.", "en"))
        #expect(findings("UNHCR has 40 staff in the country.", "en", section: situation) == ["language.agency-staffing"])
    }

    /// Chinese donations to the agency named as such (`向难民署提供大量捐款`) need no sum.
    @Test func chineseDonationsToTheAgency() {
        #expect(findings("中国政府向难民署提供大量捐款。", "zh") == ["language.agency-funding"])
        // Hard negatives: technical assistance to the agency, donations to the refugees.
        #expect(!flagged("中国政府向难民署提供技术援助。", "zh"))
        #expect(!flagged("政府向难民提供大量捐款。", "zh"))
    }

    /// A collective first person (`our collective commitment`, `notre engagement collectif`,
    /// `nuestro compromiso colectivo`, `我们共同的承诺`) is everyone's, not one organization's.
    @Test func aCollectiveFirstPerson() {
        #expect(!flagged("This plan reflects our collective commitment to the people in need.", "en"))
        #expect(!flagged("Ce plan reflète notre engagement collectif envers les réfugiés.", "fr"))
        #expect(!flagged("Este Plan refleja nuestro compromiso colectivo con las personas más vulnerables.", "es"))
        #expect(!flagged("本计划体现了我们共同的承诺。", "zh"))
        // Hard negatives: an organization's teams.
        #expect(findings("Our teams will distribute kits.", "en") == ["language.first-person"])
        #expect(findings("Nos équipes distribueront des kits.", "fr") == ["language.first-person"])
        #expect(findings("Nuestro equipo distribuirá kits en la frontera.", "es") == ["language.first-person"])
    }

    /// A title or an initial before a name (`M. Jean Dupont`, `Dr. Smith`, `A. McConnell`) ends no
    /// sentence, also inside an apposition; the French High Commissioner names the agency.
    @Test func titlesBeforeNamesEndNoSentence() {
        #expect(findings("Le représentant du HCR, M. Jean Dupont, a visité le camp.", "fr") == ["language.agency-as-actor"])
        #expect(findings("Le Haut-Commissaire des Nations Unies pour les réfugiés, Filippo Grandi, a visité le Cameroun.", "fr") == ["language.agency-as-actor"])
        // Hard negatives: the sentence after a photo credit is its own, and a minister receiving him.
        #expect(!flagged("The plan was signed by Dr. Smith. It sets out the needs of refugees.", "en"))
        #expect(!flagged("Le ministre a reçu le Haut-Commissaire des Nations Unies pour les réfugiés.", "fr"))
    }

    /// A data verb with a count as its object reports no clause: an act coordinated with it is the
    /// subject's (`identified 8 Cameroonians and will register the others`).
    @Test func anActCoordinatedWithACount() {
        #expect(findings("The UNHCR team identified 8 Cameroonians and will register the others.", "en") == ["language.agency-as-actor"])
        #expect(findings("L'équipe du HCR a identifié 8 Camerounais parmi ces personnes, et procédera à l'enregistrement des autres.", "fr") == ["language.agency-as-actor"])
        // Hard negatives: two counts, and a reported clause whose verbs are others'.
        #expect(!flagged("UNHCR recorded 5,000 arrivals and 200 departures.", "en", section: situation))
        #expect(!flagged("Le HCR a indiqué que 5 000 personnes sont arrivées et seront relocalisées.", "fr", section: situation))
    }

    /// A Spanish or Chinese sentence without a subject of its own continues the agency that was
    /// the subject of the sentence before (`La OIM trabaja ... Además, brindará`, `此外，将向...提供`).
    @Test func aZeroSubjectContinuesTheAgency() {
        #expect(findings("La OIM trabaja en la frontera. Además, brindará asistencia a los recién llegados.", "es", section: situation).count == 2)
        #expect(findings("En colaboración con las autoridades, incluidos los municipios, la OIM está comprometida a enfrentar los retos. Para ello, busca fortalecer la capacidad de las instituciones nacionales.", "es").count == 2)
        #expect(findings("难民署在边境开展工作。此外，将向新抵达者提供援助。", "zh").count == 2)
        // Hard negatives: a subject of its own (also after the verb, or plural), an impersonal
        // `se`, and a plan as the subject before.
        #expect(findings("La OIM trabaja en la frontera. El Gobierno brindará asistencia.", "es").count == 1)
        #expect(findings("La OIM trabaja en la frontera. Además, llegaron 5.000 refugiados.", "es").count == 1)
        #expect(findings("La OIM trabaja en la frontera. Además, se registraron 5.000 personas.", "es").count == 1)
        #expect(!flagged("El plan fue elaborado por la OIM. Además, brindará asistencia a los recién llegados.", "es"))
        #expect(findings("难民署在边境开展工作。政府将向新抵达者提供援助。", "zh").count == 1)
    }

    /// `buscar`, `procurar`, `pretender` before an infinitive are catenatives (`busca fortalecer`),
    /// as `seek to` and `chercher à` are; `busca fondos` stays funding.
    @Test func spanishSeekingToAct() {
        #expect(findings("ACNUR busca fortalecer las capacidades nacionales.", "es") == ["language.agency-as-actor"])
        #expect(findings("ACNUR busca fondos para la respuesta.", "es") == ["language.agency-funding"])
        #expect(!flagged("El Gobierno busca fortalecer las capacidades nacionales.", "es"))
    }

    /// The agency right after an English verb of its own is that verb's object (`to assist UNHCR
    /// operations with tools, forced displacement`); a reporting verb (`said UNHCR will`) and a
    /// compound modifier (`attending UNICEF supported schools`) are read as before. An agency and
    /// its apposition before one verb make one finding.
    @Test func theObjectOfAnEnglishVerb() {
        #expect(!flagged("The tool will assist UNHCR operations with tools when there has been a sudden, forced displacement.", "en"))
        #expect(!flagged("Donors supported WFP in 2024.", "en"))
        #expect(findings("The minister said UNHCR will distribute tents.", "en") == ["language.agency-as-actor"])
        #expect(findings("More than 33,000 children are attending UNICEF supported schools.", "en", section: situation) == ["language.agency-as-actor"])
        #expect(findings("UNHCR, the UN Refugee Agency, opened a reception centre. It will register new arrivals.", "en") == ["language.agency-as-actor", "language.agency-as-actor"])
    }

    /// An English name before its own appeal or budget (`a UNHCR Supplementary Appeal`, `The UNHCR
    /// budget for 2024`, `The UNHCR appeal was 40 per cent funded`) is its funding, as `UNHCR's
    /// budget` is; right after the name without an article, a verb form is its verb.
    @Test func anEnglishNameBeforeItsAppeal() {
        #expect(findings("The revision led to the creation of a UNHCR Supplementary Appeal for the situation.", "en") == ["language.agency-funding"])
        #expect(findings("The UNHCR budget for 2024 amounts to USD 45 million.", "en") == ["language.agency-funding"])
        #expect(findings("The UNHCR appeal was 40 per cent funded.", "en") == ["language.agency-funding"])
        // Hard negatives: the verb `appeals`, data, and a government's appeal.
        #expect(findings("UNHCR appeals to donors for support.", "en") != ["language.agency-funding"])
        #expect(!flagged("UNHCR funding data show a gap.", "en", section: situation))
        #expect(!flagged("The Government Appeal seeks USD 40 million.", "en"))
    }

    /// Any official who opens the sentence (`Le représentant du HCR`, `El representante del ACNUR`,
    /// an acting or deputy title: `par intérim`, `en funciones`, `adjunta`) calling on others or
    /// appealing for money speaks for the agency; praising others stays the official's.
    @Test func anOfficialsCallIsTheAgencys() {
        #expect(findings("Le représentant du HCR a exhorté les donateurs à soutenir la réponse.", "fr") == ["language.agency-advocacy"])
        #expect(findings("Le représentant par intérim du HCR a appelé les donateurs à soutenir la réponse.", "fr") == ["language.agency-advocacy"])
        #expect(findings("El representante del ACNUR instó a los donantes a apoyar la respuesta.", "es") == ["language.agency-advocacy"])
        #expect(findings("El director en funciones del PMA en Kenya, Thomas Hansson, llamó a la solidaridad internacional para recaudar 39 millones de dólares.", "es") == ["language.agency-funding"])
        // Hard negatives: praise of others, and a government's representative.
        #expect(!flagged("Le représentant du HCR a salué les efforts du gouvernement.", "fr"))
        #expect(!flagged("El representante del ACNUR valoró el esfuerzo del gobierno.", "es"))
        #expect(!flagged("Le représentant du gouvernement a exhorté les donateurs à soutenir la réponse.", "fr"))
        #expect(!flagged("El representante del gobierno llamó a recaudar 39 millones de dólares.", "es"))
    }
}
