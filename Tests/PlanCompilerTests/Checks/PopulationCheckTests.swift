import PlanModel
import Testing
@testable import PlanCompiler

@Suite struct PopulationCheckTests {
    @Test func toleratesTheRoundingOfTheWrittenPrecision() {
        // Five whole percents may each be off by 0.5: 97.5...102.5 is accepted.
        let whole = [18.0, 20, 16, 41, 7].map { Percent($0) }
        #expect(PopulationCheck.offSum(whole) == nil)
        let over = [18.0, 20, 16, 41, 8].map { Percent($0) }
        #expect(PopulationCheck.offSum(over) == 103)
        // Written with one decimal, two shares may be off by 0.05 each.
        #expect(PopulationCheck.offSum([Percent(56.1, precision: 0.1), Percent(43.9, precision: 0.1)]) == nil)
        #expect(PopulationCheck.offSum([Percent(56.1, precision: 0.1), Percent(43.7, precision: 0.1)]) != nil)
    }

    @Test func reportsTargetedAbovePlannedAndInconsistentPlannedFiguresAtTheirValues() throws {
        let c = PlanCompiler.compile(example: PopulationRules.inconsistentPlanned.triggering[0])
        let d = try #require(c.diagnostics.first { $0.id == "population.inconsistent-planned" })
        #expect(d.file == "TCD/protection.md")
        #expect(d.summary == "Planned refugees in TCD is 10,000 here but 11,000 in another chapter")
        #expect(d.range?.start.line == 7 && d.range?.start.column == 14)
        #expect(d.notes.first?.file == "TCD/education.md")
    }
}
