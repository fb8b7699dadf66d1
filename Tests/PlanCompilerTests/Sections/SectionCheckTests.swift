import PlanDiagnostics
import PlanModel
import Testing
@testable import PlanCompiler

@Suite struct SectionCheckTests {
    typealias F = Fixture

    @Test func normalizesHeadings() {
        #expect(HeadingNormalizer.normalize("2.1 Análisis de la Situación:") == "analisis de la situacion")
        #expect(HeadingNormalizer.normalize("IV. Coordination") == "coordination")
    }

    /// ASCII headings take a byte-level path; it must agree with the general rules.
    @Test(arguments: [
        ("  3.2.  Needs -- and VULNERABILITIES!! ", "needs and vulnerabilities"),
        ("ii iii 12 Response strategy", "response strategy"),
        ("Annex 2: Part ix", "annex 2 part ix"),
        ("xiv Overview", "xiv overview"),
        ("Vii", ""),
        ("", ""),
        ("--- ...", ""),
        ("x1 Plan", "x1 plan"),
    ])
    func normalizesASCIIHeadingsLikeTheGeneralRules(heading: String, expected: String) {
        #expect(HeadingNormalizer.normalize(heading) == expected)
    }

    @Test func matchesHeadingsInThreeLanguagesAndPrefixes() {
        let m = SectionMatcher(vocabulary: .builtIn, kind: .country)
        #expect(m.part(for: "Situation overview") == "situation-analysis")
        #expect(m.part(for: "Analyse de la situation") == "situation-analysis")
        #expect(m.part(for: "1. Análisis de la situación") == "situation-analysis")
        #expect(m.part(for: "Context and background") == "situation-analysis")
        #expect(m.part(for: "Partnership and coordination") == "coordination")
        #expect(m.part(for: "Contextual factors") == nil)
    }

    let complete = "## Situation analysis\n\nText.\n\n## Needs and vulnerabilities\n\nText.\n\n## Response strategy\n\n## Coordination\n"

    func compile(countryBody: String) -> PlanCompilation {
        let tcd = ChapterPlace.country(CountryCode("TCD"))
        var f = Fixture()
        f.add("plan.md", F.plan(kind: .country, countries: ["TCD"]), body: "# Plan\n")
        f.add("TCD/country.md", F.country(tcd), body: countryBody)
        f.add("TCD/education.md", F.sector(tcd, "education", population: [PopulationFigures(group: F.loc(.refugees), planned: F.loc(5))], indicators: [IndicatorDeclaration(id: F.loc("E1"), range: F.at)], requirements: [("UNHCR", [(nil, 5)])]))
        return f.compile()
    }

    @Test func acceptsACompleteCountryChapterWhoseDataPartsComeFromSectors() {
        let c = compile(countryBody: complete)
        #expect(c.diagnostics.filter { $0.id.hasPrefix("section.") && $0.file != "TCD/education.md" }.isEmpty)
        let parts = c.plan?.places.first?.narrative?.sections.map(\.part)
        #expect(parts == ["situation-analysis", "needs-vulnerabilities", "protection-priorities", "coordination"])
    }

    @Test func insertsAMissingHeadingBeforeTheNextPart() throws {
        let body = complete.replacingOccurrences(of: "## Needs and vulnerabilities\n\nText.\n\n", with: "")
        let c = compile(countryBody: body)
        let d = try #require(c.diagnostics.first { $0.id == "section.missing" && $0.file == "TCD/country.md" })
        #expect(d.summary == "Country chapter is missing a required part: Needs and vulnerabilities")
        // "---\n#\n---\n" then "## Situation analysis\n\nText.\n\n" puts "## Response strategy" on line 8.
        #expect(d.range?.start.line == 8)
        #expect(d.fixIts.first?.replacement == "## Needs and vulnerabilities\n\n")
    }

    @Test func appendsAMissingLastPartAtTheEndOfTheFile() throws {
        let c = compile(countryBody: complete.replacingOccurrences(of: "## Coordination\n", with: ""))
        let d = try #require(c.diagnostics.first { $0.id == "section.missing" && $0.file == "TCD/country.md" })
        #expect(d.fixIts.first?.replacement == "\n## Coordination arrangements\n")
        #expect(d.range?.start.offset == ("---\n#\n---\n" + complete).utf8.count - "## Coordination\n".utf8.count)
    }

    @Test func warnsWhenPartsAreOutOfOrder() throws {
        let swapped = "## Needs and vulnerabilities\n\n## Situation analysis\n\n## Response strategy\n\n## Coordination\n"
        let c = compile(countryBody: swapped)
        let d = try #require(c.diagnostics.first { $0.id == "section.order" })
        #expect(d.severity == .warning)
        #expect(d.range?.start.line == 6)
    }
}

@Suite struct SectionLanguageTests {
    @Test func insertsTheMissingHeadingInTheChaptersLanguage() throws {
        let example = RuleExample.withDefaultPlan("""
        ==> TCD/country.md <==
        ---
        chapter: country
        country: TCD
        language: fr
        ---
        ## Analyse de la situation

        ## Priorités de protection et de solutions

        ## Coordination

        """)
        let c = PlanCompiler.compile(example: example)
        let d = try #require(c.diagnostics.first { $0.id == "section.missing" && $0.file == "TCD/country.md" && $0.summary.hasSuffix("Needs and vulnerabilities") })
        #expect(d.fixIts.first?.replacement == "## Besoins et vulnérabilités\n\n")
        #expect(d.range?.start.line == 8)
    }
}
