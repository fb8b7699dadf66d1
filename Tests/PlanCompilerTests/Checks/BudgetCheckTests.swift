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

    func headline(_ amount: Int64, precision: Int64, year: Int? = nil) -> [YearAmount] {
        [YearAmount(year: year.map { F.loc($0) }, money: F.loc(Money(amount: amount, precision: precision)))]
    }

    @Test func comparesTheHeadlineWithinItsWrittenPrecision() throws {
        let line = [("UNHCR", [(Int?.none, Int64(1_340_000))])]
        let within = Headline(requirements: headline(1_300_000, precision: 100_000))
        #expect(compile(line, headline: within).count("budget.headline-mismatch") == 0)
        let low = Headline(requirements: headline(1_200_000, precision: 100_000))
        let d = try #require(compile(line, headline: low).diagnostics.first { $0.id == "budget.headline-mismatch" })
        #expect(d.summary == "Plan headline requirement is USD 140,000 lower than its requirement lines add up to, beyond the rounding of the figures (USD 50,000)")
        #expect(d.notes.first?.message == "headline USD 1,200,000, lines add up to USD 1,340,000; tolerance USD 50,000 (half the written precision of every figure compared), difference USD 140,000")
    }

    @Test func aHeadlineAboveItsLinesIsAnErrorUnlessTheRemainderIsDeclared() throws {
        let line = [("UNHCR", [(Int?.none, Int64(1_000_000))])]
        let high = compile(line, headline: Headline(requirements: headline(1_000_020, precision: 1)))
        let d = try #require(high.diagnostics.first { $0.id == "budget.headline-mismatch" })
        #expect(d.severity == .error)
        #expect(d.summary.contains("exceeds what its requirement lines add up to by USD 20"))
        let remainder = DeclaredRemainder(amount: F.loc(Money(amount: 20)), reason: F.loc("Bank charges"))
        let declared = compile(line, headline: Headline(requirements: headline(1_000_020, precision: 1), unallocated: remainder))
        #expect(declared.count("budget.headline-mismatch") == 0)
        #expect(declared.plan?.consolidation.unallocated == 20)
        #expect(declared.plan?.consolidation.total == 1_000_000)
    }

    @Test func comparesAHeadlineForOneYearWithThatYearsLines() {
        var f = Fixture()
        f.add("plan.md", F.plan(period: Period(start: PlanDate(year: 2019, month: 1), end: PlanDate(year: 2020, month: 12)),
                                headline: Headline(requirements: headline(296_400_000, precision: 100_000, year: 2019))))
        f.add("TCD/education.md", F.sector(tcd, "education", requirements: [("UNHCR", [(2019, 296_400_000), (2020, 310_000_000)])]))
        let c = f.compile()
        #expect(c.count("budget.headline-mismatch") == 0)
        #expect(c.plan?.consolidation.total == 606_400_000)
    }

    @Test func comparesTheHeadlinePartnerCountWithTheUnion() {
        let lines = [("UNHCR", [(Int?.none, Int64(5))]), ("NRC", [(nil, 5)])]
        #expect(compile(lines, headline: Headline(partners: F.loc(3))).count("partner.headline-mismatch") == 1)
        #expect(compile(lines, headline: Headline(partners: F.loc(2))).count("partner.headline-mismatch") == 0)
    }
}
