import Testing
@testable import PlanLint

/// The reading steps added for the general causes of misses left after the thirteenth round
/// (docs/lint.md, "Causes after the thirteenth round"), each with constructed sentences it flags
/// and sentences it leaves alone (hard negatives).
struct ThirteenthRoundCausesReadingTests: SentenceReading {
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
        #expect(!flagged("UNHCR's partners are assisting the returnees.", "en"))
        #expect(!flagged("Los equipos del gobierno apoyan a los retornados.", "es"))
        #expect(!flagged("政府的工作人员正在协助返回者。", "zh"))
        #expect(!flagged("UNHCR's office supports the authorities.", "en"))
        #expect(!flagged("IOM's teams are assisting the returnees at the border.", "en", section: "Coordination"))
        #expect(!flagged("Los equipos de la OIM apoyan a los retornados.", "es", section: "Coordination"))
    }
}
