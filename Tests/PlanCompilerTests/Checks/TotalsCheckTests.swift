import Foundation
import PlanDiagnostics
import PlanModel
import PlanSyntax
import Testing
@testable import PlanCompiler

/// Sums of figures that each fit: the consolidation, the headline checks and the population sums
/// trapped on them (exit 132). Now a total past its limit is a located error and nothing traps.
@Suite struct TotalsCheckTests {
    typealias F = Fixture
    let tcd = ChapterPlace.country(CountryCode("TCD"))
    let cmr = ChapterPlace.country(CountryCode("CMR"))

    static func compile(_ files: [(String, String)]) -> PlanCompilation {
        PlanCompiler.compile(
            files: [SourceFile(path: "plan.md", text: RuleExample.defaultPlan)] + files.map { SourceFile(path: $0.0, text: $0.1) }, folder: "plan"
        )
    }

    @Test func requirementLinesPastTheLimitAreAnErrorAtTheLineThatPassesIt() throws {
        let partners = (1...12).map { String(format: "P%02d", $0) }
        let plan = "---\nplan: Illustrative Totals Plan\ntype: regional\nperiod: 2026-01-01 to 2026-12-31\nversion: launch\nlanguage: en\n"
            + "countries: TCD, CMR\nsectors:\n  education:\n    name: Education\npartners:\n"
            + partners.map { "  \($0):\n    name: Partner \($0)\n    type: ingo\n" }.joined() + "---\n# Overview\n"
        let chapter = "---\nchapter: sector\ncountry: TCD\nsector: education\nrequirements:\n"
            + partners.map { "  \($0): USD 100,000,000,000,000\n" }.joined() + "---\n"
        let c = PlanCompiler.compile(files: [SourceFile(path: "plan.md", text: plan), SourceFile(path: "TCD/education.md", text: chapter)], folder: "plan")
        let d = try #require(c.diagnostics.first { $0.id == "budget.total-out-of-range" })
        #expect(d.severity == .error)
        #expect(d.file == "TCD/education.md")
        // The eleventh line (P11, line 16) takes the total from USD 10^15 to 1.1 * 10^15.
        #expect(d.range?.start.line == 16)
        #expect(d.range?.start.column == 8)
        #expect(c.count("budget.total-out-of-range") == 1)
    }

    @Test func aPlanAtTheLimitIsAccepted() {
        let c = Self.compile([
            ("TCD/education.md", "---\nchapter: sector\ncountry: TCD\nsector: education\nrequirements:\n  UNHCR: USD 100,000,000,000,000\n---\n"),
            ("CMR/education.md", "---\nchapter: sector\ncountry: CMR\nsector: education\nrequirements:\n  UNHCR: USD 900,000,000,000,000\n---\n"),
        ])
        #expect(c.count("budget.total-out-of-range") == 0)
        #expect(c.plan?.consolidation.total == 1_000_000_000_000_000)
    }

    /// Amounts that no parser writes (a plan built in Swift): the sum clamps, the compile
    /// reports it, and the headline check (`Money.matches`) does not trap either.
    @Test func amountsWhoseSumPassesSixtyFourBitsDoNotTrap() throws {
        var f = Fixture()
        f.add("plan.md", F.plan(headline: Headline(requirements: [YearAmount(money: F.loc(Money(amount: 9_000_000_000_000_000_000)))])))
        f.add("TCD/education.md", F.sector(tcd, "education", requirements: [("UNHCR", [(nil, 5_000_000_000_000_000_000)]), ("NRC", [(nil, 5_000_000_000_000_000_000)])]))
        f.add("CMR/education.md", F.sector(cmr, "education", requirements: [("UNHCR", [(nil, Int64.max)])]))
        let c = f.compile()
        let plan = try #require(c.plan)
        #expect(plan.consolidation.total == Int64.max)
        #expect(plan.consolidation.byPartner.map(\.amount) == [5_000_000_000_000_000_000, Int64.max])
        #expect(c.count("budget.total-out-of-range") == 1)
        #expect(c.count("budget.headline-mismatch") == 1)
    }

    /// A headline no parser writes, as far below the lines as 64 bits go: the difference is
    /// clamped and printed, not negated past `Int64.max`.
    @Test func aHeadlineFarBelowTheLinesDoesNotTrap() throws {
        var f = Fixture()
        f.add("plan.md", F.plan(headline: Headline(requirements: [YearAmount(money: F.loc(Money(amount: Int64.min)))])))
        f.add("TCD/education.md", F.sector(tcd, "education", requirements: [("UNHCR", [(nil, Int64.max)])]))
        let d = try #require(f.compile().diagnostics.first { $0.id == "budget.headline-mismatch" })
        #expect(d.summary.contains("USD 9,223,372,036,854,775,807 lower"))
    }

    @Test func peopleOfThePlanPastTheLimitAreAnErrorAtTheFigureThatPassesIt() throws {
        let chapter = { (country: String, planned: String) in
            "---\nchapter: sector\ncountry: \(country)\nsector: education\npopulation:\n  refugees:\n    planned: \(planned)\n  host-community:\n    planned: 1,000\n---\n"
        }
        let c = Self.compile([("TCD/education.md", chapter("TCD", "6,000,000,000")), ("CMR/education.md", chapter("CMR", "4,000,000,000"))])
        let d = try #require(c.diagnostics.first { $0.id == "population.total-out-of-range" })
        #expect(d.file == "CMR/education.md")
        #expect(d.range?.start.line == 7)
        #expect(d.summary.contains("planned"))
    }

    /// `planned: 9,223,372,036,854,775,807` in two places trapped in the population sums.
    @Test func populationSumsPastSixtyFourBitsDoNotTrap() throws {
        var f = Fixture()
        let huge = PopulationFigures(group: F.loc(.refugees), planned: F.loc(Int.max), targeted: F.loc(Int.max))
        f.add("plan.md", F.plan(headline: Headline(population: F.loc(5))))
        f.add("TCD/country.md", F.country(tcd, headline: Headline(population: F.loc(5))))
        f.add("TCD/education.md", F.sector(tcd, "education", population: [huge]))
        f.add("CMR/education.md", F.sector(cmr, "education", population: [huge]))
        let c = f.compile()
        let plan = try #require(c.plan)
        #expect(plan.consolidation.population.first?.planned == Int.max)
        #expect(c.count("population.total-out-of-range") == 2)  // planned and targeted
        #expect(c.count("population.headline-mismatch") == 2)
    }
}
