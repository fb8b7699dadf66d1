import Testing
@testable import PlanLint

/// The reading steps added for the sixth round's general causes (docs/lint.md, "Seventh round"),
/// each with constructed sentences it flags and sentences it leaves alone.
struct SixthRoundReadingTests: SentenceReading {
    /// An agency's priority named with a preposition (`a top priority for UNICEF`, `une priorité
    /// pour le HCR`, `una prioridad para la OIM`) or after `的` (`是难民署的优先事项`).
    @Test func priorityNamedWithAPreposition() {
        #expect(findings("Rapid registration of new arrivals is a top priority for UNHCR in the coming months.", "en") == ["language.agency-staffing"])
        #expect(findings("L'accès à l'eau potable reste une priorité absolue pour l'UNICEF dans les camps.", "fr") == ["language.agency-staffing"])
        #expect(findings("La protección de los niños no acompañados es una prioridad para la OIM en la frontera.", "es") == ["language.agency-staffing"])
        #expect(findings("为新抵达者登记是难民署今年的首要优先事项。", "zh") == ["language.agency-staffing"])
        #expect(!flagged("Rapid registration of new arrivals is a top priority for the government in the coming months.", "en"))
        #expect(!flagged("L'accès à l'eau potable reste une priorité absolue pour les partenaires dans les camps.", "fr"))
        #expect(!flagged("La protección de los niños no acompañados es una prioridad para el ministerio en la frontera.", "es"))
        // A priority shared by several agencies or by an agency and the government is the plan's.
        #expect(!flagged("Rapid registration is a top priority for UNHCR and the government.", "en"))
        #expect(!flagged("为新抵达者登记是政府今年的首要优先事项。", "zh"))
    }

    /// `donner la priorité à`, `dar prioridad a`, `give priority to`, `prioritize`, `优先`: an
    /// agency's internal priorities.
    @Test func priorityPredicates() {
        #expect(findings("Le PAM accorde désormais la priorité aux ménages dirigés par des femmes.", "fr") == ["language.agency-staffing"])
        #expect(findings("Le HCR donne pour le moment la priorité aux personnes à besoins spécifiques.", "fr") == ["language.agency-staffing"])
        #expect(findings("El PMA dará prioridad a las familias con niños menores de cinco años.", "es") == ["language.agency-staffing"])
        #expect(findings("UNICEF is prioritizing schools in the districts hit hardest by the floods.", "en") == ["language.agency-staffing"])
        #expect(findings("IOM gives priority to unaccompanied children at the border.", "en") == ["language.agency-staffing"])
        #expect(flagged("世界粮食计划署将优先向孕妇和哺乳期妇女发放口粮。", "zh"))
        #expect(!flagged("Le ministère accorde désormais la priorité aux ménages dirigés par des femmes.", "fr"))
        #expect(!flagged("Los socios darán prioridad a las familias con niños menores de cinco años.", "es"))
        #expect(!flagged("Partners are prioritizing schools in the districts hit hardest by the floods.", "en"))
        #expect(!flagged("各合作伙伴将优先向孕妇和哺乳期妇女发放口粮。", "zh"))
    }

    /// The agencies' standard descriptions, in the four languages, name them on their own.
    @Test func standardDescriptions() {
        #expect(flagged("L'agence de l'ONU pour l'enfance achemine des kits scolaires vers les camps.", "fr"))
        #expect(flagged("L'agence onusienne pour les migrations affrète deux bateaux pour les rapatriements.", "fr"))
        #expect(flagged("The UN children's agency airlifts therapeutic food to the camps.", "en"))
        #expect(flagged("The UN sexual and reproductive health agency delivers midwifery kits to the clinics.", "en"))
        #expect(flagged("La agencia de la ONU para la migración distribuye kits de higiene en los albergues.", "es"))
        #expect(flagged("La agencia de la ONU para los refugiados entregó mantas a las familias recién llegadas.", "es"))
        #expect(flagged("联合国性与生殖健康机构向诊所运送了助产包。", "zh"))
        #expect(!flagged("L'agence nationale pour l'emploi achemine des offres vers les camps.", "fr"))
        #expect(!flagged("The national children's agency airlifts therapeutic food to the camps.", "en"))
        #expect(!flagged("La agencia nacional para la migración distribuye kits de higiene en los albergues.", "es"))
    }

    /// Catenatives the lexicon lacked (`decide`, `décider`, `decidir`), also before an infinitive
    /// with an enclitic or a clitic (`decidió ampliarlo`, `a décidé de l'étendre`).
    @Test func catenativesWithClitics() {
        #expect(flagged("Ante la demanda, la OIM decidió ampliarlo a otros seis municipios.", "es"))
        #expect(flagged("Face à la demande, l'OIM a décidé de l'étendre à six autres communes.", "fr"))
        #expect(flagged("Given the demand, IOM decided to extend it to six more municipalities.", "en"))
        #expect(!flagged("Ante la demanda, el gobierno decidió ampliarlo a otros seis municipios.", "es"))
        #expect(!flagged("Face à la demande, le ministère a décidé de l'étendre à six autres communes.", "fr"))
        #expect(flagged("Face à la demande, le PAM a décidé de les étendre à six autres communes.", "fr"))
    }

    /// Data roles the French and Spanish lexicons lacked (`a comptabilisé`, `a recensé`, `a
    /// enregistré`, `registró`): the agency is a source of figures.
    @Test func dataRoles() {
        #expect(!flagged("Le HCR a comptabilisé depuis janvier près de 12 000 arrivées dans la province.", "fr", section: "Situation analysis"))
        #expect(!flagged("L'OIM a recensé 4 500 ménages déplacés dans trois sites.", "fr", section: "Situation analysis"))
        #expect(!flagged("L'UNICEF a enregistré une hausse des cas de malnutrition aiguë.", "fr", section: "Situation analysis"))
        #expect(!flagged("La OIM registró 3.000 ingresos irregulares en el último mes.", "es", section: "Situation analysis"))
        // Figures after the verb, not registration as an act of the response.
        #expect(flagged("Le HCR a distribué des kits à chaque famille enregistrée.", "fr"))
    }

    /// An official's words after a title that holds the agency (`X的副署长…表示`, `the head of
    /// UNICEF's office ... said`): the official speaks, the agency is part of the title.
    @Test func officialsAfterATitleThatHoldsTheAgency() {
        #expect(!flagged("世界粮食计划署负责东非事务的副署长表示，当地的粮价已上涨三成。", "zh", section: "Situation analysis"))
        #expect(!flagged("世界糧食計劃署負責東非事務的副署長表示，當地的糧價已上漲三成。", "zh", section: "Situation analysis"))
        #expect(!flagged("The head of UNICEF's office in the north, Maria Lopez, said that schools had reopened.", "en", section: "Situation analysis"))
        #expect(!flagged("Le chef du bureau de l'OIM à Gao, Amadou Diallo, a déclaré que les routes étaient coupées.", "fr", section: "Situation analysis"))
        // The official reporting the agency's own act is still the agency's voice.
        #expect(flagged("世界粮食计划署负责东非事务的副署长表示，该署将向灾民发放粮食。", "zh"))
        #expect(flagged("世界粮食计划署负责向东非的灾民发放粮食。", "zh"))
    }

    /// Second agencies the list lacked (UN-Habitat as `ONU-Hábitat`, OHCHR, UNODC...): two agencies
    /// voicing concern together make a joint statement.
    @Test func secondAgencies() {
        #expect(!flagged("El ACNUR y ONU-Hábitat expresaron su preocupación por los desalojos forzosos.", "es", section: "Situation analysis"))
        #expect(!flagged("Le HCR et le HCDH se disent préoccupés par les expulsions forcées.", "fr", section: "Situation analysis"))
        #expect(!flagged("UNHCR and UNODC are concerned about the rise in trafficking along the route.", "en", section: "Situation analysis"))
        #expect(flagged("ONU-Hábitat expresó su preocupación por los desalojos forzosos.", "es", section: "Situation analysis"))
        #expect(flagged("UNODC will train border officials in the identification of victims.", "en"))
    }

    /// A document's credits (`This document has been produced by UNHCR`) name its author, not an
    /// act of the response.
    @Test func documentCredits() {
        #expect(!flagged("This document has been produced by UNHCR on behalf of the partners of the plan.", "en", section: "Acknowledgements"))
        #expect(!flagged("This document was prepared by IOM with contributions from all partners.", "en"))
        #expect(!flagged("Ce document a été élaboré par le HCR au nom des partenaires du plan.", "fr"))
        #expect(!flagged("Este documento fue elaborado por la OIM con aportes de todos los socios.", "es"))
        #expect(!flagged("本文件由难民署代表计划合作伙伴编写。", "zh"))
        // Goods or services produced by an agency are still its act.
        #expect(flagged("These hygiene kits have been produced by UNICEF for the schools of the district.", "en"))
    }
}
