import PlanModel
import Testing
@testable import PlanCompiler

@Suite struct ConsolidatorTests {
    typealias F = Fixture

    func regionalPlan() -> PlanCompilation {
        var f = Fixture()
        f.add("plan.md", F.plan())
        f.add("TCD/protection.md", F.sector(.country(CountryCode("TCD")), "protection", requirements: [("UNHCR", [(nil, 1_000_000)]), ("NRC", [(nil, 300_000)])]))
        f.add("TCD/gbv.md", F.sector(.country(CountryCode("TCD")), "protection", subsector: "gbv", requirements: [("CRT", [(nil, 50_000)]), ("UNHCR", [(nil, 200_000)])]))
        f.add("CMR/education.md", F.sector(.country(CountryCode("CMR")), "education", requirements: [("UNHCR", [(nil, 400_000)]), ("RLO1", [(nil, 25_000)]), ("MSP", [(nil, 999)]), ("ALN", [(nil, 10_000)])]))
        f.add("regional/protection.md", F.sector(.regional, "protection", requirements: [("NRC", [(nil, 75_000)])]))
        return f.compile()
    }

    @Test func totalsOnlyAppealingPartnersAndRollsUpSubsectors() throws {
        let c = try #require(regionalPlan().plan).consolidation
        #expect(c.total == 1_000_000 + 300_000 + 50_000 + 200_000 + 400_000 + 25_000 + 75_000)
        #expect(c.bySector.map(\.sector) == ["protection", "education"])
        #expect(c.bySector.map(\.amount) == [1_625_000, 425_000])
        #expect(c.byYear == [AnnualAmount(year: 2026, amount: 2_050_000)])
        let tcd = try #require(c.place(.country(CountryCode("TCD"))))
        #expect(tcd.total == 1_550_000)
        #expect(tcd.partners == ["CRT", "NRC", "UNHCR"])
        #expect(c.cells.first { $0.place.code == "TCD" && $0.partner == "UNHCR" }?.amount == 1_200_000)
        #expect(c.place(.regional)?.total == 75_000)
    }

    @Test func countsPartnersAsAUnionWithTheLocalShare() throws {
        let c = try #require(regionalPlan().plan).consolidation
        #expect(c.appealingPartners == ["CRT", "NRC", "RLO1", "UNHCR"])
        #expect(c.partnerCount == 4)
        #expect(c.localPartners == ["CRT", "RLO1"])
        #expect(c.localPartnerShare == 0.5)
        #expect(c.localRequirements == 75_000)
        #expect(c.byPartnerType.map(\.type) == [.un, .ingo, .rlo, .redCross])
        #expect(c.byPartnerType.first { $0.type == .un }?.amount == 1_600_000)
    }

    @Test func splitsMultiYearRequirementsByYear() throws {
        var f = Fixture()
        f.add("plan.md", F.plan(period: Period(start: PlanDate(year: 2025, month: 1), end: PlanDate(year: 2026, month: 12))))
        f.add("TCD/education.md", F.sector(.country(CountryCode("TCD")), "education", requirements: [("UNHCR", [(2025, 20_000_000), (2026, 25_000_000)]), ("NRC", [(nil, 1_000)])]))
        let c = try #require(f.compile().plan).consolidation
        #expect(c.byYear == [AnnualAmount(year: nil, amount: 1_000), AnnualAmount(year: 2025, amount: 20_000_000), AnnualAmount(year: 2026, amount: 25_000_000)])
        #expect(c.total == 45_001_000)
    }

    @Test func combinesPlanningFiguresByMaximumWithinAPlaceAndSumAcrossPlaces() throws {
        let tcd = ChapterPlace.country(CountryCode("TCD"))
        let refugees = { (planned: Int, targeted: Int) in
            PopulationFigures(group: F.loc(.refugees), planned: F.loc(planned), targeted: F.loc(targeted),
                              sex: F.loc(SexSplit(female: Percent(56), male: Percent(44))),
                              age: F.loc([AgeShare(bracket: AgeBracket(lower: 0, upper: 4), share: Percent(20)), AgeShare(bracket: AgeBracket(lower: 5, upper: nil), share: Percent(80))]))
        }
        var f = Fixture()
        f.add("plan.md", F.plan())
        f.add("TCD/protection.md", F.sector(tcd, "protection", population: [refugees(100_000, 80_000)]))
        f.add("TCD/education.md", F.sector(tcd, "education", population: [refugees(100_000, 30_000)]))
        f.add("CMR/education.md", F.sector(.country(CountryCode("CMR")), "education", population: [refugees(50_000, 10_000)]))
        let c = try #require(f.compile().plan).consolidation
        let place = try #require(c.place(tcd)?.population.first)
        #expect(place.planned == 100_000)
        #expect(place.targeted == 80_000)
        #expect(place.breakdown?.female == 56_000)
        #expect(place.breakdown?.byAge.map(\.count) == [20_000, 80_000])
        let plan = try #require(c.population.first)
        #expect(plan.planned == 150_000)
        #expect(plan.targeted == 90_000)
        #expect(plan.breakdown?.male == 66_000)
    }
}
