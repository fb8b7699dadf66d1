import PlanModel
import Testing
@testable import PlanCompiler

/// Deliberately small or broken plans under Fixtures/.
@Suite struct FixturePlanTests {
    func compile(_ name: String) -> PlanCompilation {
        PlanCompiler.compile(directory: PackageRoot.path("Tests/PlanCompilerTests/Fixtures/" + name))
    }

    @Test func consolidatesAnRMRPWithSubRegionsAndARegionalLine() throws {
        let c = compile("rmrp-subregions")
        #expect(c.diagnostics.filter { $0.severity == .error && !$0.id.hasPrefix("section.") }.isEmpty, "\(c.diagnostics.map(\.summary))")
        let plan = try #require(c.plan)
        #expect(plan.places.map(\.place.code) == ["ARG", "PER", "southern-cone", "regional"])
        #expect(plan.place(.country(CountryCode("ARG")))?.subRegion == "southern-cone")
        #expect(plan.place(.subRegion("southern-cone"))?.name == "Southern Cone")
        let totals = plan.consolidation.places.map { "\($0.place.code)=\($0.total)" }
        #expect(totals == ["ARG=2150000", "PER=0", "southern-cone=9500000", "regional=950000"])
        #expect(plan.consolidation.total == 12_600_000)
        #expect(plan.consolidation.partnerCount == 3)
        #expect(c.count("budget.headline-mismatch") == 0)
        #expect(plan.consolidation.population.first?.planned == 220_000)
    }

    @Test func acceptsASingleCountryPlanWhosePartsSpanThePlanFileAndTheCountryChapter() throws {
        let c = compile("country-plan")
        #expect(c.diagnostics.isEmpty, "\(c.diagnostics.map { "\($0.file) \($0.id) \($0.summary)" })")
        #expect(c.plan?.kind == .country)
        #expect(c.plan?.overview.sections.first?.children.map(\.part) == ["situation-analysis", "needs-vulnerabilities"])
    }

    @Test func flagsPublishedTablesThatDoNotAddUp() throws {
        let c = compile("unbalanced-regional")
        let plan = try #require(c.diagnostics.first { $0.id == "budget.headline-mismatch" && $0.file.hasSuffix("/plan.md") })
        #expect(plan.summary == "Plan headline requirement is USD 1,962,000,000 lower than its requirement lines add up to, beyond the rounding of the figures (USD 500,000)")
        #expect(plan.range?.start.line == 16)
        // NGA: 2.5 billion written with precision 100 million covers 2.45 billion.
        #expect(!c.diagnostics.contains { $0.file.hasSuffix("NGA/country.md") && $0.id.hasPrefix("budget.") })
        // CMR's headline is above its lines without a declared remainder: an error, like the opposite direction.
        let cmr = try #require(c.diagnostics.first { $0.id == "budget.headline-mismatch" && $0.file.hasSuffix("CMR/country.md") })
        #expect(cmr.severity == .error && cmr.summary.contains("exceeds what its requirement lines add up to by USD 50,000,000"))
        #expect(c.plan?.consolidation.place(.country(CountryCode("CMR")))?.unallocated == 0)
    }

    @Test func splitsAMultiYearPlanByYearAndFlagsYearsOutsideThePeriod() throws {
        let c = compile("multi-year")
        let d = try #require(c.diagnostics.first { $0.id == "budget.year-outside-period" })
        #expect(d.summary == "Requirement of 'IRC' is for 2027, outside the plan period 2025-01 to 2026-12")
        #expect(d.range?.start.line == 11)
        #expect(d.range?.start.column == 5)
        let years = try #require(c.plan).consolidation.byYear
        #expect(years == [AnnualAmount(year: 2025, amount: 20_000_000), AnnualAmount(year: 2026, amount: 26_500_000), AnnualAmount(year: 2027, amount: 900_000)])
    }

    @Test func reportsTwoPlanFilesAndAFileThatIsNotAChapter() {
        let c = compile("two-plans")
        #expect(c.count("plan.duplicate-plan-file") == 1)
        #expect(c.diagnostics.first { $0.id == "plan.duplicate-plan-file" }?.file.hasSuffix("two-plans/plan.md") == true)
        #expect(c.count("plan.not-a-chapter") == 1)
    }

    /// Real published figures (see Fixtures/README.md): a two-year plan whose
    /// headline covers its first year, country totals rounded to USD 0.1 million without a
    /// partner breakdown, and a partner count.
    @Test func realPublishedFiguresCheckClean() throws {
        let c = compile("burundi-rrrp-2019")
        let figures = c.diagnostics.filter { ["budget.", "partner.headline", "period."].contains(where: $0.id.hasPrefix) }
        #expect(figures.map(\.id) == Array(repeating: "budget.not-broken-down", count: 5), "\(figures.map(\.summary))")
        let plan = try #require(c.plan)
        #expect(plan.consolidation.total == 296_400_000)
        #expect(plan.consolidation.notBrokenDown == 296_400_000)
        #expect(plan.consolidation.byYear == [AnnualAmount(year: 2019, amount: 296_400_000)])
    }

    /// The Tigray regional plan as published (Fixtures/README.md): a period shorter than a year
    /// across two calendar years, exact country totals without sector or partner breakdown, a
    /// headline rounded to USD 0.1 million, a partner count.
    @Test func countryTotalsAsPublishedCheckClean() throws {
        let c = compile("tigray-rrp-2020")
        let figures = c.diagnostics.filter { ["budget.", "partner.headline", "period."].contains(where: $0.id.hasPrefix) }
        #expect(figures.map(\.id) == ["budget.not-broken-down", "budget.not-broken-down"], "\(figures.map(\.summary))")
        #expect(figures.allSatisfy { $0.summary.hasSuffix("not yet broken down by sector") })
        let plan = try #require(c.plan)
        #expect(plan.consolidation.total == 155_667_565)
        #expect(plan.consolidation.notBrokenDown == 155_667_565)
        #expect(plan.consolidation.place(.country(CountryCode("SDN")))?.total == 153_605_592)
        #expect(plan.consolidation.cells.map { "\($0.place.code) \($0.sector ?? "-") \($0.partner ?? "-") \($0.amount)" }
            == ["SDN - - 153605592", "DJI - - 2061973"])
        #expect(plan.consolidation.bySector.isEmpty)
    }

    /// Once a country's sector chapters state requirements, they count instead of the country's
    /// total and must add up to it.
    @Test func sectorChaptersReplaceACountryTotalAndMustAddUpToIt() throws {
        let c = PlanCompiler.compile(example: """
            ==> plan.md <==
            ---
            plan: P
            type: regional
            period: 2026-01 to 2026-12
            version: launch
            language: en
            countries: TCD
            sectors:
              education:
                name: Education
              health:
                name: Health
            partners:
              UNHCR:
                name: UNHCR
                type: un
            ---
            ==> TCD/country.md <==
            ---
            chapter: country
            country: TCD
            total-requirement: USD 2.0M
            ---
            ==> TCD/education.md <==
            ---
            chapter: sector
            country: TCD
            sector: education
            requirements:
              UNHCR: USD 1,200,000
            ---
            ==> TCD/health.md <==
            ---
            chapter: sector
            country: TCD
            sector: health
            total-requirement: USD 0.6M
            ---
            """)
        let mismatch = try #require(c.diagnostics.first { $0.id == "budget.breakdown-mismatch" })
        #expect(mismatch.file.hasSuffix("TCD/country.md") && mismatch.range?.start.line == 4)
        #expect(mismatch.summary == "Sector chapters of TCD for 2026 add up to USD 1,800,000, not to its total requirement USD 2,000,000")
        #expect(try #require(c.plan).consolidation.total == 1_800_000)
        #expect(!c.diagnostics.contains { $0.id == "budget.not-broken-down" && $0.file.hasSuffix("TCD/country.md") })
    }
}
