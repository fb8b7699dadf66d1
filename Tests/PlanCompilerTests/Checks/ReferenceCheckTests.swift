import PlanModel
import Testing
@testable import PlanCompiler

@Suite struct ReferenceCheckTests {
    typealias F = Fixture

    @Test func reportsUndeclaredPlacesSectorsAndSubsectorsWithSuggestions() throws {
        var f = Fixture()
        f.add("plan.md", F.plan())
        f.add("NER/education.md", F.sector(.country(CountryCode("NER")), "education"))
        f.add("TCD/edu.md", F.sector(.country(CountryCode("TCD")), "educaton"))
        f.add("TCD/gbv.md", F.sector(.country(CountryCode("TCD")), "protection", subsector: "gvb"))
        f.add("XX/x.md", F.sector(.subRegion("andean"), "education"))
        let c = f.compile()
        #expect(c.count("plan.undeclared-place") == 2)
        let sector = try #require(c.diagnostics.first { $0.id == "plan.undeclared-sector" })
        #expect(sector.summary.hasSuffix("did you mean 'education'?"))
        #expect(sector.fixIts.first?.replacement == "education")
        #expect(c.count("plan.undeclared-subsector") == 1)
    }

    @Test func reportsDuplicateChaptersWithANoteOnTheFirst() throws {
        var f = Fixture()
        f.add("plan.md", F.plan())
        f.add("TCD/a.md", F.sector(.country(CountryCode("TCD")), "education"))
        f.add("TCD/b.md", F.sector(.country(CountryCode("TCD")), "education"))
        f.add("TCD/c.md", F.sector(.country(CountryCode("TCD")), "protection", subsector: "gbv"))
        f.add("TCD/country.md", F.country(.country(CountryCode("TCD"))))
        f.add("TCD/country2.md", F.country(.country(CountryCode("TCD"))))
        let c = f.compile()
        let d = c.diagnostics.filter { $0.id == "plan.duplicate-chapter" }
        #expect(d.map(\.file) == ["TCD/b.md", "TCD/country2.md"])
        #expect(d.first?.notes.first?.file == "TCD/a.md")
    }

    @Test func reportsPartnersUsedButNotDeclaredAndDeclaredButUnused() {
        var f = Fixture()
        f.add("plan.md", F.plan())
        f.add("TCD/education.md", F.sector(.country(CountryCode("TCD")), "education", requirements: [("UNHCF", [(nil, 5)]), ("NRC", [(nil, 5)])]))
        let c = f.compile()
        #expect(c.diagnostics.first { $0.id == "partner.undeclared" }?.fixIts.first?.replacement == "UNHCR")
        let unused = c.diagnostics.filter { $0.id == "partner.unused" }.map(\.summary)
        #expect(unused == ["CRT", "RLO1", "UNHCR"].map { "Partner '\($0)' is declared but never used" })
    }

    @Test func reportsMissingAndDuplicatePlanFiles() {
        var none = Fixture()
        none.add("TCD/education.md", F.sector(.country(CountryCode("TCD")), "education"))
        #expect(none.compile().ids == ["plan.no-plan-file"])
        #expect(none.compile().plan == nil)
        var two = Fixture()
        two.add("plan.md", F.plan())
        two.add("z/plan.md", F.plan())
        #expect(two.compile().count("plan.duplicate-plan-file") == 1)
    }

    @Test func reportsAnEmergencyPlanLongerThanSixMonths() {
        var f = Fixture()
        f.add("plan.md", F.plan(period: Period(start: PlanDate(year: 2026, month: 1), end: PlanDate(year: 2026, month: 9)), version: "emergency"))
        #expect(f.compile().count("plan.emergency-duration") == 1)
        // A launch plan shorter than a year (the Tigray plan ran from November to June) is not an emergency plan.
        var launch = Fixture()
        launch.add("plan.md", F.plan(period: Period(start: PlanDate(year: 2026, month: 11), end: PlanDate(year: 2027, month: 6))))
        #expect(launch.compile().count("plan.emergency-duration") == 0)
        var g = Fixture()
        g.add("plan.md", F.plan(period: Period(start: PlanDate(year: 2026, month: 1), end: PlanDate(year: 2026, month: 6)), version: "emergency"))
        #expect(g.compile().count("plan.emergency-duration") == 0)
    }
}
