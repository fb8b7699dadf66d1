import Testing
@testable import PlanLint

/// Readings added for the thirtieth round's development errors (docs/lint.md, "The thirtieth and
/// thirty-first rounds"), each with constructed sentences it flags and hard negatives it leaves
/// alone, in each language where the construction exists.
struct ThirtiethRoundReadingTests: SentenceReading {
    private let situation = "Situation analysis"
    private let budget = "Financial requirements"

    /// An agency that faces a funding gap states its own budget, as one that suffers cuts does
    /// (`is faced with a funding gap`, `est confronté au sous-financement`, `se enfrenta a un
    /// déficit`); people facing a gap are the situation.
    @Test func facingAFundingGap() {
        #expect(findings("UNHCR is faced with a funding gap.", "en", section: budget) == ["language.agency-funding"])
        #expect(findings("UNHCR is confronted with a severe funding gap.", "en", section: budget) == ["language.agency-funding"])
        #expect(findings("Le HCR est confronté aujourd'hui au sous-financement de ses activités.", "fr", section: budget) == ["language.agency-funding"])
        #expect(findings("ACNUR se enfrenta a un déficit de financiamiento.", "es", section: budget) == ["language.agency-funding"])
        // Hard negatives: refugees and sectors face the gap.
        #expect(!flagged("Refugees are faced with a funding gap in education.", "en", section: budget))
        #expect(!flagged("Les réfugiés sont confrontés au sous-financement de l'éducation.", "fr", section: budget))
        #expect(!flagged("Le secteur de l'éducation est confronté à un déficit de financement.", "fr", section: budget))
    }

    /// Assistance received `por parte de` or `de la part de` the agency, named at the end of the
    /// clause past a comma, is the agency's act told from the recipients' side; the government
    /// receiving it is the support role.
    @Test func assistanceReceivedFromTheAgencyByAnAgentPhrase() {
        #expect(findings("Más de 10 mil inmigrantes venezolanos recibieron ayuda humanitaria en los últimos 6 meses, por parte de la ONG World Vision.", "es") == ["language.agency-as-actor"])
        #expect(findings("Plus de 2 000 réfugiés ont reçu une aide de la part du HCR.", "fr") == ["language.agency-as-actor"])
        // Hard negatives: the government receives, or nothing given is named.
        #expect(!flagged("El gobierno recibió apoyo por parte del ACNUR.", "es"))
        #expect(!flagged("Más de 10 mil migrantes recibieron visitas, por parte de periodistas y del ACNUR.", "es"))
    }

    /// An acronym in brackets after a name the table does not know stands for the name: what
    /// comes before the name (a preposition) makes the agency an object.
    @Test func anUnknownNameBeforeItsAcronym() {
        #expect(!flagged("Los refugiados reclamaron este jueves al Alto Comisionado de la ONU para Refugiados (ACNUR) apoyo para recibir atención médica.", "es"))
        #expect(!flagged("Refugees asked the Office of the High Commissioner (UNHCR) for support.", "en"))
        // The name as the subject is still the agency acting.
        #expect(findings("El Alto Comisionado de la ONU para Refugiados (ACNUR) distribuye kits.", "es") == ["language.agency-as-actor"])
    }

    /// The inverted subject of a relative clause after a verb phrase with its particle (`que
    /// lleva adelante el PMA`, `que lleva a cabo el ACNUR`, `que met en œuvre le HCR`).
    @Test func invertedRelativesWithAVerbParticle() {
        #expect(findings("Las actividades que lleva adelante el PMA son numerosas.", "es") == ["language.agency-as-actor"])
        #expect(findings("Las actividades que lleva a cabo el ACNUR son numerosas.", "es") == ["language.agency-as-actor"])
        #expect(findings("Les programmes que met en œuvre le HCR au Tchad sont nombreux.", "fr") == ["language.agency-as-actor"])
        // Hard negatives: a place the agency is in, figures it publishes.
        #expect(!flagged("Es el lugar en el que se encuentra el ACNUR.", "es", section: situation))
        #expect(!flagged("Les chiffres que publie le HCR sont clairs.", "fr", section: situation))
    }

    /// Being able or unable to act (`is unable to respond`, `n'est plus en mesure de répondre`,
    /// `ya no está en condiciones de responder`, `es capaz de`) is the agency acting, as `is able
    /// to` is; refugees unable to pay are the situation.
    @Test func abilityToAct() {
        #expect(findings("UNHCR is no longer able to respond to new emergencies.", "en") == ["language.agency-as-actor"])
        #expect(findings("UNHCR is unable to respond to new emergencies.", "en") == ["language.agency-as-actor"])
        #expect(findings("Le HCR n'est plus en mesure de répondre aux urgences.", "fr") == ["language.agency-as-actor"])
        #expect(findings("ACNUR ya no está en condiciones de responder a las emergencias.", "es") == ["language.agency-as-actor"])
        #expect(findings("ACNUR es capaz de responder rápidamente.", "es") == ["language.agency-as-actor"])
        #expect(!flagged("Refugees are unable to pay rent.", "en", section: situation))
        #expect(!flagged("Les réfugiés ne sont plus en mesure de payer leur loyer.", "fr", section: situation))
    }

    /// A description with `UN` refers back to the agency named before (`The UN organisation also
    /// called upon`, `La agencia de la ONU pidió`, `l'agence onusienne`); the full name that starts
    /// with the same words is still the name.
    @Test func unDescriptionsReferBack() {
        #expect(findings("UNICEF has made an appeal for USD 152 million. The UN organisation also called upon communities to come forward.", "en")
            == ["language.agency-as-actor", "language.agency-advocacy"])
        #expect(findings("ACNUR publicó su informe. La agencia de la ONU pidió más fondos.", "es").contains("language.agency-funding"))
        #expect(findings("Le HCR a publié son rapport. L'agence onusienne appelle les donateurs à agir.", "fr").contains("language.agency-advocacy"))
        #expect(findings("La Agencia de la ONU para los Refugiados distribuye kits.", "es") == ["language.agency-as-actor"])
        // Hard negative: no agency named before.
        #expect(!flagged("The UN organisation in charge of the census published its results.", "en", section: situation))
    }

    /// `Hcr`, the acronym written as a word, is the agency (as `Acnur` and `Unicef` are).
    @Test func acronymWrittenAsAWord() {
        #expect(findings("Le Hcr dénonce le refoulement des demandeurs d'asile.", "fr") == ["language.agency-advocacy"])
    }

    /// Chinese: the agency's efforts credited (`在难民署工作人员努力下`), and money given to it as
    /// `资金支持` (a phrase that starts with a gift word).
    @Test func chineseEffortsAndFundingSupport() {
        #expect(findings("在联合国难民署工作人员努力下,所有物资已采购完毕。", "zh") == ["language.self-promotion"])
        #expect(findings("在聯合國難民署工作人員努力下，所有物資已採購完畢。", "zh") == ["language.self-promotion"])
        #expect(findings("中国为联合国难民署提供资金支持。", "zh", section: budget) == ["language.agency-funding"])
        // Hard negatives: registered with the agency; the government's efforts.
        #expect(!flagged("在难民署登记的难民人数增加。", "zh", section: situation))
        #expect(!flagged("在政府的努力下，难民人数有所减少。", "zh", section: situation))
    }
}
