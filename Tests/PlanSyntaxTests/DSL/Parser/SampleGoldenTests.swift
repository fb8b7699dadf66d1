import PlanModel
import PlanSyntax
import Testing

@Suite struct SampleGoldenTests {
    @Test(arguments: Samples.all.map(\.name))
    func sampleParsesToGoldenHeader(name: String) {
        let text = Samples.all.first { $0.name == name }!.text
        let (header, diagnostics) = FrontMatterParser.parse(text: text, path: name + ".md")
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.summary))")
        #expect(header != nil)
        Golden.check(HeaderDump.dump(header), name: name + ".header.txt")
    }

    @Test func sectorSampleTypedValues() throws {
        let (header, _) = FrontMatterParser.parse(text: Samples.sector)
        guard case .sector(let s) = header else { Issue.record("not a sector chapter"); return }
        #expect(s.place.value == .country(CountryCode("TCD")))
        #expect(s.population[0].planned?.value == 1_250_000)
        #expect(s.population[0].sex?.value == SexSplit(female: Percent(56), male: Percent(44)))
        #expect(s.population[0].age?.value.map(\.bracket) == AgeBracket.standard)
        #expect(s.population[1].group.value == .hostCommunity)
        #expect(s.locations.map(\.value) == ["Ouaddaï", "Sila", "Wadi Fira"])
        #expect(s.locations[0].range.end.column - s.locations[0].range.start.column == 8)
        #expect(s.requirements.map(\.partner.value) == ["UNHCR", "NRC", "CRT"])
        #expect(s.requirements[0].amounts[0].money.value == Money(amount: 45_200_000))
        #expect(s.indicators[0].baseline?.value == .percent(Percent(62)))
    }

    @Test func planSampleHeadlineKeepsPrecision() {
        let (header, _) = FrontMatterParser.parse(text: Samples.plan)
        guard case .plan(let p) = header else { Issue.record("not a plan"); return }
        #expect(p.headline?.requirements.first?.money.value == Money(amount: 49_250_000, precision: 10_000))
        #expect(p.partners.map(\.type.value) == [.un, .ingo, .redCross])
        #expect(p.partners[2].local)
        #expect(p.period.value == Period(start: PlanDate(year: 2026, month: 1, day: 1), end: PlanDate(year: 2026, month: 12, day: 31)))
    }
}
