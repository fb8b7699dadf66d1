import Foundation
import PlanModel
import PlanSyntax
import Testing

@Suite struct SchemaTests {
    @Test func unknownKeySuggestsTheNearestWithAFixIt() throws {
        let (_, diagnostics) = FrontMatterParser.parse(text: "---\nchapter: sector\ncountry: TCD\nsector: wash\nrequirment:\n  UNHCR: USD 5M\n---\n")
        let d = try #require(diagnostics.first)
        #expect(d.summary == "Unknown key 'requirment' in a sector chapter; did you mean 'requirements'?")
        #expect(d.fixIts.first?.replacement == "requirements")
    }

    @Test func keyOfAnotherChapterKindSaysWhereItBelongs() throws {
        let (_, diagnostics) = FrontMatterParser.parse(text: "---\nchapter: country\ncountry: TCD\npopulation:\n  refugees:\n    planned: 5\n---\n")
        #expect(try #require(diagnostics.first).summary.contains("belongs in a sector chapter"))
    }

    @Test func missingKeysAreReportedOnTheOpeningLine() {
        let (header, diagnostics) = FrontMatterParser.parse(text: "---\nchapter: sector\ncountry: TCD\n---\n")
        #expect(header == nil)
        #expect(diagnostics.map(\.summary) == ["A sector chapter requires the key 'sector'"])
        #expect(diagnostics.first?.range?.start.line == 1)
        #expect(diagnostics.first?.range?.start.column == 1)
        #expect(diagnostics.first?.range?.end.column == 4)
    }

    @Test func planWithSubRegionsNeedsNoCountries() throws {
        let text = """
        ---
        plan: Venezuela RMRP
        type: rmrp
        period: 2025-01 to 2026-12
        version: launch
        language: es
        sub-regions:
          southern-cone:
            name: Southern Cone
            countries: ARG, CHL, PRY, URY
        sectors:
          wash:
            name: WASH
        partners:
          IOM:
            name: International Organization for Migration
            type: un
          LOCAL1:
            name: Asociación local
            type: nngo
            local: yes
            implementing-for: IOM
        illustrative: yes
        lint:
          agencies: IOM, UNHCR
          allow:
            - UNHCR and IOM co-lead the platform, with partners
          disable: language.agency-voice
        sections:
          order: strict
          situation-analysis: Contexte général, Panorama
        ---
        """
        let (header, diagnostics) = FrontMatterParser.parse(text: text + "\n")
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.summary))")
        guard case .plan(let p) = header else { Issue.record(); return }
        #expect(p.kind.value == .rmrp)
        #expect(p.subRegions.first?.countries.map(\.value.code) == ["ARG", "CHL", "PRY", "URY"])
        #expect(p.partners[1].implementingFor?.value == "IOM")
        #expect(p.partners[1].local)
        #expect(p.illustrative)
        #expect(p.lint.allow.map(\.value) == ["UNHCR and IOM co-lead the platform, with partners"])
        #expect(p.lint.agencies.map(\.value) == ["IOM", "UNHCR"])
        #expect(p.lint.disabledRules.map(\.value) == ["language.agency-voice"])
        #expect(p.sectionVocabulary.synonyms.first?.value.map(\.value) == ["Contexte général", "Panorama"])
        #expect(p.sectionVocabulary.synonyms.count == 1)
        #expect(p.sectionVocabulary.order?.value == .strict)
        #expect(p.period.value.years == [2025, 2026])
    }

    @Test func sectorChapterPerYearRequirementsAndPlaces() throws {
        let text = "---\nchapter: sector\ncountry: southern-cone\nsector: protection\nsubsector: gbv\nlanguage: es\nrequirements:\n  IOM:\n    2025: USD 20M\n    2026: USD 25M\n  NRC: USD 1,000\n---\n"
        let (header, diagnostics) = FrontMatterParser.parse(text: text)
        #expect(diagnostics.isEmpty)
        guard case .sector(let s) = header else { Issue.record(); return }
        #expect(s.place.value == .subRegion("southern-cone"))
        #expect(s.subsector?.value == "gbv")
        #expect(s.requirements[0].amounts.map { $0.year?.value } == [2025, 2026])
        #expect(s.requirements[0].amounts[1].money.value.amount == 25_000_000)
        #expect(s.requirements[1].amounts[0].year == nil)
        let (regional, _) = FrontMatterParser.parse(text: text.replacingOccurrences(of: "southern-cone", with: "regional"))
        guard case .sector(let r) = regional else { Issue.record(); return }
        #expect(r.place.value == .regional)
    }

    @Test func countryChapterWithTitleAndHeadline() {
        let (header, diagnostics) = FrontMatterParser.parse(text: "---\nchapter: country\ncountry: CMR\ntitle: \"Cameroun: #1\"\nheadline:\n  requirements: USD 120.5M\n  population: 480,000\n---\n")
        #expect(diagnostics.isEmpty)
        guard case .country(let c) = header else { Issue.record(); return }
        #expect(c.title?.value == "Cameroun: #1")
        #expect(c.headline?.requirements.first?.money.value.precision == 100_000)
        #expect(c.headline?.population?.value == 480_000)
    }

    @Test func wrongShapesAreReported() {
        let text = "---\nchapter: sector\ncountry: TCD\nsector: wash\npopulation: many\nassumptions:\n  a: b\nindicators:\n  - PRT-01\nrequirements:\n  - UNHCR\n---\n"
        let ids = FrontMatterParser.parse(text: text).diagnostics.map(\.id)
        #expect(ids == ["dsl.expected-block", "dsl.expected-value", "dsl.expected-block", "dsl.expected-block"])
    }
}
