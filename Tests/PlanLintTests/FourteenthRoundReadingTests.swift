import Testing
@testable import PlanLint

/// The reading steps added for the fourteenth round's general causes (docs/lint.md, "Fourteenth
/// round"), each with constructed sentences it flags and sentences it leaves alone (hard negatives).
struct FourteenthRoundReadingTests: SentenceReading {
    /// A light verb with a reporting complement reports (`faire savoir que`, `faire part de`, `hacer
    /// saber que`, `dar a conocer que`, `make known that`): the agency is a source, as with
    /// `a indiqué que`; what it reports about itself is still read.
    @Test func lightVerbReportingPhrasesReport() {
        #expect(!flagged("Le HCR a fait savoir qu'en huit mois, plus de 5 400 Maliens ont traversé la frontière.", "fr"))
        #expect(!flagged("Le HCR fait savoir que 3 000 personnes sont arrivées à Mbera.", "fr"))
        #expect(!flagged("Le HCR a fait part de l'arrivée de 3 000 personnes à Mbera.", "fr"))
        #expect(!flagged("El ACNUR dio a conocer que 3.000 personas cruzaron la frontera.", "es"))
        #expect(!flagged("El ACNUR hizo saber que 3.000 personas cruzaron la frontera.", "es"))
        #expect(!flagged("UNHCR made known that 3,000 people had crossed the border.", "en"))
        #expect(!flagged("UNHCR made clear that 3,000 people had crossed the border.", "en"))
        #expect(!flagged("El ACNUR hizo público que 3.000 personas cruzaron la frontera.", "es"))
        // Still read: what the agency reports doing, its concern, and a light verb as an act.
        #expect(flagged("Le HCR a fait savoir qu'il distribuera des tentes aux familles.", "fr"))
        #expect(findings("El ACNUR hizo entrega de 500 tiendas a las familias.", "es") == ["language.agency-as-actor"])
    }

    /// A national body named by its name or acronym, a ministry or commission, or authorities with
    /// adjectives after them, joined with the agency, is a joint subject as `the Government and
    /// UNHCR` is.
    @Test func aNationalBodyWithTheAgencyIsAJointSubject() {
        #expect(!flagged("La Comar y Acnur, en coordinación con autoridades locales, implementó acciones de integración.", "es"))
        #expect(!flagged("La Comisión Mexicana de Ayuda a Refugiados y el ACNUR implementaron acciones de integración.", "es"))
        #expect(!flagged("COMAR and UNHCR implemented integration activities in the south.", "en"))
        #expect(!flagged("The Ministry of Health and UNHCR will vaccinate the children.", "en"))
        #expect(!flagged("Les autorités mexicaines et le HCR ont mis en œuvre des activités d'intégration.", "fr"))
        #expect(!flagged("Las autoridades locales y el ACNUR implementaron acciones de integración.", "es"))
        // Hard negatives: the agency alone, refugees or a place named before it, a verb before it.
        #expect(findings("El ACNUR implementó acciones de integración en Tapachula.", "es") == ["language.agency-as-actor"])
        #expect(flagged("Refugees and UNHCR staff will be relocated; UNHCR will distribute tents.", "en"))
        #expect(findings("La OIM coordina y el ACNUR distribuye tiendas en Tapachula.", "es") == ["language.agency-as-actor"])
    }

    /// The agency as the subject of a relative clause on a data noun, whose main clause reports
    /// data (`El monitoreo que ACNUR lleva a cabo ... sugiere`), is a source; carrying out monitoring
    /// in the main clause stays an act. Another relative (`The distribution that UNHCR carries out
    /// reaches`) stays the agency's act.
    @Test func aDataNounsRelativeClauseIsASource() {
        #expect(!flagged("El monitoreo que ACNUR lleva a cabo en las fronteras sugiere que muchos solicitantes han encontrado empleo.", "es"))
        #expect(!flagged("The monitoring that UNHCR carries out at the borders suggests that many asylum-seekers have found work.", "en"))
        #expect(!flagged("Le suivi que le HCR mène aux frontières montre que de nombreux demandeurs ont trouvé un emploi.", "fr"))
        #expect(!flagged("La evaluación que el ACNUR realizó muestra que la mitad de los hogares no tiene ingresos.", "es"))
        // Hard negatives: a relative on an act, the act in the main clause.
        #expect(findings("The distribution that UNHCR carries out reaches 20,000 families.", "en") == ["language.agency-as-actor"])
        #expect(findings("La distribución que el ACNUR realiza llega a 20.000 familias.", "es") == ["language.agency-as-actor"])
        #expect(findings("ACNUR lleva a cabo la distribución de kits en las fronteras.", "es") == ["language.agency-as-actor"])
        // Carrying out monitoring in the main clause stays an act (`IOM teams will carry out flow
        // monitoring`, the project's own label).
        #expect(findings("ACNUR lleva a cabo un monitoreo en las fronteras.", "es") == ["language.agency-as-actor"])
        #expect(findings("The monitoring that UNHCR carries out at the borders is expanding to 12 points.", "en") == ["language.agency-as-actor"])
    }

    /// A means phrase between the agency and its verb, with or without commas (`via le partenaire
    /// FLM`, `a través del socio FLM`, `through the partner FLM`), is skipped: the verb is the agency's.
    @Test func aMeansPhraseBeforeTheVerbIsSkipped() {
        #expect(findings("L'UNHCR via le partenaire FLM avait planifié le transport de 8 000 personnes.", "fr") == ["language.agency-as-actor"])
        #expect(findings("Le HCR via le partenaire FLM a organisé le transport.", "fr") == ["language.agency-as-actor"])
        #expect(findings("El ACNUR a través del socio FLM organizó el transporte.", "es") == ["language.agency-as-actor"])
        #expect(findings("El ACNUR, a través del socio FLM, organizó el transporte.", "es") == ["language.agency-as-actor"])
        #expect(findings("UNHCR through the partner FLM distributed tents.", "en") == ["language.agency-as-actor"])
        // Hard negatives: a government acting through a partner; the agency as an object.
        #expect(!flagged("Le gouvernement via le partenaire FLM a organisé le transport.", "fr"))
        #expect(!flagged("Refugees reached UNHCR through the partner FLM.", "en"))
        #expect(!flagged("El gobierno a través del socio FLM organizó el transporte.", "es"))
    }

    /// An agency seeking partnerships or partners pursues its own interest: an act outside
    /// coordination sections, in every language.
    @Test func seekingPartnershipsIsAnAct() {
        #expect(findings("Le PAM recherche de nouveaux partenariats pour compléter la gamme d'assistance.", "fr") == ["language.agency-as-actor"])
        #expect(findings("Le PAM cherche de nouveaux partenaires dans la région.", "fr") == ["language.agency-as-actor"])
        #expect(findings("WFP is seeking new partnerships to complement its assistance.", "en") == ["language.agency-as-actor"])
        #expect(findings("El PMA busca nuevas alianzas para complementar la asistencia.", "es") == ["language.agency-as-actor"])
        #expect(findings("粮食署正在寻求新的伙伴关系。", "zh") == ["language.agency-as-actor"])
        // Hard negatives: the government seeks partnerships; the sector seeks partners; the agency
        // bringing partners together in a coordination section.
        #expect(!flagged("Le gouvernement recherche de nouveaux partenariats pour compléter la gamme d'assistance.", "fr"))
        #expect(!flagged("The sector is seeking new partners to complement the assistance.", "en", section: "Coordination"))
        #expect(!flagged("WFP is seeking new partners to complement the assistance.", "en", section: "Coordination"))
        #expect(!flagged("政府正在寻求新的伙伴关系。", "zh"))
    }

    /// Concern with the agency as the one concerned: a fronted experiencer, a Spanish dative, or a
    /// verb of judging with a concern adjective is the agency's voice.
    @Test func concernWithTheAgencyAsExperiencer() {
        #expect(findings("Para ACNUR resulta preocupante que esta tendencia pueda socavar el sistema de asilo.", "es") == ["language.agency-advocacy"])
        #expect(findings("Para el ACNUR es preocupante que esta tendencia continúe.", "es") == ["language.agency-advocacy"])
        #expect(findings("Al ACNUR le preocupa que esta tendencia continúe.", "es") == ["language.agency-advocacy"])
        #expect(findings("A ACNUR le preocupa esta tendencia.", "es") == ["language.agency-advocacy"])
        #expect(findings("Pour le HCR, il est préoccupant que cette tendance se poursuive.", "fr") == ["language.agency-advocacy"])
        #expect(findings("Le HCR juge préoccupant que cette tendance se poursuive.", "fr") == ["language.agency-advocacy"])
        #expect(findings("For UNHCR, it is worrying that this trend continues.", "en") == ["language.agency-advocacy"])
        #expect(findings("UNHCR finds it worrying that this trend continues.", "en") == ["language.agency-advocacy"])
        #expect(findings("El ACNUR considera preocupante esta tendencia.", "es") == ["language.agency-advocacy"])
        // Hard negatives: refugees or the government concerned; the agency finding data.
        #expect(!flagged("Para los refugiados resulta preocupante que esta tendencia continúe.", "es"))
        #expect(!flagged("For the government, it is worrying that this trend continues.", "en"))
        #expect(!flagged("Pour les réfugiés, il est préoccupant que cette tendance se poursuive.", "fr"))
        #expect(!flagged("UNHCR found that 40 per cent of households lack shelter.", "en"))
        #expect(!flagged("UNHCR found alarming levels of malnutrition among the new arrivals.", "en"))
        #expect(!flagged("Para el ACNUR, la integración es una prioridad del plan.", "es"))
    }

    /// The agency's own budget in a reported clause, named by a possessive that refers back to it,
    /// is its funding.
    @Test func itsOwnBudgetInAReportedClause() {
        #expect(findings("ACNUR confirmó que su presupuesto se ha reducido en un 41 %.", "es") == ["language.agency-funding"])
        #expect(findings("Le HCR a confirmé que son budget a été réduit de 41 %.", "fr") == ["language.agency-funding"])
        #expect(findings("UNHCR confirmed that its budget has been cut by 41 per cent.", "en") == ["language.agency-funding"])
        // Hard negatives: the government's budget; the plan's budget.
        #expect(!flagged("El gobierno confirmó que su presupuesto se ha reducido en un 41 %.", "es"))
        #expect(!flagged("UNHCR confirmed that the plan's budget has been cut by 41 per cent.", "en"))
        #expect(!flagged("The government confirmed that its budget has been cut by 41 per cent.", "en"))
        #expect(!flagged("ACNUR confirmó que el presupuesto del plan se ha reducido en un 41 %.", "es"))
    }

    /// Chinese `收得` receives funds; an agency with bare partners before money is the agency and
    /// its partners, as before an act.
    @Test func receivedFundsAndBarePartners() {
        #expect(findings("聯合國難民署僅收得所需捐款的 38%。", "zh") == ["language.agency-funding"])
        #expect(findings("难民署和合作伙伴仅收到所需资金的38%。", "zh") == ["language.agency-and-its-partners"])
        #expect(findings("UNHCR and partners received only 38 per cent of the funds required.", "en") == ["language.agency-and-its-partners"])
        // Hard negatives: the government and partners; several agencies; no money.
        #expect(!flagged("政府和合作伙伴仅收到所需资金的38%。", "zh"))
        #expect(!flagged("UNHCR and IOM received only 38 per cent of the funds required.", "en"))
        #expect(!flagged("The government and partners received only 38 per cent of the funds required.", "en"))
    }

    /// Spanish `organizar` and `utilizar` (and other common verbs) are in the lexicon, and an
    /// unknown Spanish preterite right after its subject is a finite verb.
    @Test func spanishVerbsTheLexiconLacked() {
        #expect(findings("El ACNUR organizó el transporte de los refugiados.", "es") == ["language.agency-as-actor"])
        #expect(findings("El ACNUR organiza el transporte de los refugiados.", "es") == ["language.agency-as-actor"])
        #expect(findings("El ACNUR utilizó los camiones para el traslado.", "es") == ["language.agency-as-actor"])
        #expect(findings("El ACNUR fletó dos aviones para el traslado.", "es") == ["language.agency-as-actor"])
        #expect(findings("Le HCR utilise des camions pour le transfert.", "fr") == ["language.agency-as-actor"])
        // Hard negatives: the government organizes; a noun after the agency.
        #expect(!flagged("El gobierno organizó el transporte de los refugiados.", "es"))
        #expect(!flagged("El ACNUR, según el informe, fue creado en 1950.", "es"))
    }
}
