import PlanModel
import Testing
@testable import PlanCompiler

@Suite struct SamplePlanTests {
    let compilation = PlanCompiler.compile(directory: PackageRoot.path("Samples/lake-basin-rrp"))

    @Test func compilesWithNoErrorsAndNoWarnings() {
        let shown = compilation.diagnostics.map { "\($0.file):\($0.range?.start.description ?? "-") \($0.id) \($0.summary)" }
        // The one note: the total-only chapter (NER livelihoods) reminds the team of its breakdown.
        #expect(compilation.diagnostics.map(\.id) == ["budget.not-broken-down"], "\(shown.joined(separator: "\n"))")
    }

    @Test func isARealisticIllustrativeRegionalPlan() throws {
        let plan = try #require(compilation.plan)
        #expect(plan.illustrative && plan.title.contains("Illustrative"))
        #expect(plan.countries.count >= 3)
        #expect(plan.places.contains { $0.language == "fr" })
        #expect(plan.sectors.count >= 6 && plan.sectors.contains { !$0.subsectors.isEmpty })
        #expect(plan.partners.count >= 12 && Set(plan.partners.map(\.type)).count >= 5)
        #expect(plan.partners.contains { $0.type == .nngo } && plan.partners.contains { $0.type == .rlo })
        #expect(plan.places.contains { $0.place == .regional })
        for place in plan.places {
            for sector in place.sectors { #expect(!sector.indicators.isEmpty, "\(place.place) \(sector.sector) has no indicator") }
        }
        let c = plan.consolidation
        #expect(c.population.contains { $0.breakdown?.female != nil && !($0.breakdown?.byAge.isEmpty ?? true) })
        #expect(plan.headline?.requirements.map(\.year) == [2026, 2027])
        #expect(c.notBrokenDown == 4_900_000 && c.cells.contains { $0.partner == nil })
        #expect(c.partnerCount == plan.headline?.partners)
    }

    @Test func compilesToTheSameBytesTwice() throws {
        let again = PlanCompiler.compile(directory: PackageRoot.path("Samples/lake-basin-rrp"))
        #expect(PlanJSON.encode(try #require(compilation.plan)) == PlanJSON.encode(try #require(again.plan)))
    }
}
