import PlanModel
import Testing
@testable import PlanCompiler

@Suite struct BudgetCheckTests {
    typealias F = Fixture
    let tcd = ChapterPlace.country(CountryCode("TCD"))

    func compile(_ lines: [(String, [(Int?, Int64)])], headline: Headline? = nil) -> PlanCompilation {
        var f = Fixture()
        f.add("plan.md", F.plan(headline: headline))
        f.add("TCD/education.md", F.sector(tcd, "education", requirements: lines))
        return f.compile()
    }

    @Test func reportsGovernmentRequirementsWithARemovalFixIt() throws {
        let c = compile([("MSP", [(nil, 500)])])
        let d = try #require(c.diagnostics.first { $0.id == "budget.government-requirement" })
        #expect(d.severity == .error)
        #expect(d.file == "TCD/education.md")
        #expect(d.range?.start.line == 2)
        #expect(d.fixIts.first?.replacement == "")
        #expect(c.plan?.consolidation.total == 0)
    }

    @Test func reportsImplementingPartners() {
        
        #expect(compile([("NRC", [(nil, 5)]), ("ALN", [(nil, 5)])]).count("budget.implementing-double-count") == 1)
        let alone = compile([("ALN", [(nil, 5)])])
        #expect(alone.count("budget.implementing-requirement") == 1)
        #expect(alone.count("budget.implementing-double-count") == 0)
    }

    @Test func reportsAmountsYearsAndCurrencies() {
        #expect(compile([("UNHCR", [(nil, 0)])]).count("budget.non-positive-amount") == 1)
        #expect(compile([("UNHCR", [(nil, -5)])]).count("budget.non-positive-amount") == 1)
        #expect(compile([("UNHCR", [(2027, 5)])]).count("budget.year-outside-period") == 1)
        #expect(compile([("UNHCR", [(2026, 5)])]).count("budget.year-outside-period") == 0)
    }

    @Test func comparesTheHeadlineWithinItsWrittenPrecision() throws {
        let line = [("UNHCR", [(Int?.none, Int64(1_340_000))])]
        let within = Headline(requirements: F.loc(Money(amount: 1_300_000, precision: 100_000)))
        #expect(compile(line, headline: within).count("budget.headline-mismatch") == 0)
        let low = Headline(requirements: F.loc(Money(amount: 1_200_000, precision: 100_000)))
        let d = try #require(compile(line, headline: low).diagnostics.first { $0.id == "budget.headline-mismatch" })
        #expect(d.summary == "Plan headline requirement is USD 140,000 lower than the requirement lines add up to")
        #expect(d.notes.first?.message.contains("USD 1,200,000") == true)
        #expect(d.notes.first?.message.contains("USD 1,340,000") == true)
        let high = Headline(requirements: F.loc(Money(amount: 2_000_000, precision: 1_000_000)))
        let remainder = compile(line, headline: high)
        #expect(remainder.count("budget.unallocated-remainder") == 1)
        #expect(remainder.plan?.consolidation.unallocated == 660_000)
    }

    @Test func comparesTheHeadlinePartnerCountWithTheUnion() {
        let lines = [("UNHCR", [(Int?.none, Int64(5))]), ("NRC", [(nil, 5)])]
        #expect(compile(lines, headline: Headline(partners: F.loc(3))).count("partner.headline-mismatch") == 1)
        #expect(compile(lines, headline: Headline(partners: F.loc(2))).count("partner.headline-mismatch") == 0)
    }
}
