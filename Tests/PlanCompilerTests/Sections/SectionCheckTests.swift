import PlanDiagnostics
import PlanModel
import Testing
@testable import PlanCompiler

@Suite struct SectionCheckTests {
    typealias F = Fixture

    @Test func readsHeadingsAsFoldedWordsInStretches() {
        let words = HeadingNormalizer.words("2.1 Análisis de la Situación: Chad & Cameroun")
        #expect(words.map(\.folded) == ["2", "1", "analisis", "de", "la", "situacion", "chad", "cameroun"])
        #expect(words.map(\.stretch) == [0, 0, 0, 0, 0, 0, 1, 2])
        // Byte ranges point into the text as written (accents are two bytes).
        #expect(words[2].range == 4..<13)
        #expect(HeadingNormalizer.words("Inter-agency - budget").map(\.stretch) == [0, 0, 1])
        #expect(HeadingNormalizer.words("").isEmpty)
        #expect(HeadingNormalizer.words("--- ...").isEmpty)
    }

    /// Singular and plural, masculine and feminine forms share a stem in the three languages.
    @Test(arguments: [
        ("priorities", "priority"), ("strategies", "stratégie"), ("analyses", "analysis"), ("necesidades", "necesidad"),
        ("sectorielles", "sectoriel"), ("vulnerabilities", "vulnerability"), ("besoins", "besoin"), ("responses", "response"),
        ("figures", "figure"), ("prioridades", "prioridad"),
    ])
    func stemsShareForms(a: String, b: String) {
        #expect(HeadingNormalizer.stem(HeadingNormalizer.fold(a)) == HeadingNormalizer.stem(HeadingNormalizer.fold(b)))
    }

    @Test func stemsKeepDistinctWords() {
        #expect(HeadingNormalizer.stem("contextual") != HeadingNormalizer.stem("context"))
        #expect(HeadingNormalizer.stem("planned") != HeadingNormalizer.stem("planning"))
        #expect(HeadingNormalizer.stem("access") == "access")
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

    /// The headings of the issue: qualifiers first, `&`, two parts in one, French coordination.
    @Test(arguments: [
        ("Key humanitarian needs & vulnerabilities", ["needs-vulnerabilities"]),
        ("Main priorities for 2026", ["protection-priorities"]),
        ("Overall context", ["situation-analysis"]),
        ("Humanitarian situation in Chad", ["situation-analysis"]),
        ("Part II: Response strategy", ["protection-priorities"]),
        ("Chad: Country overview", ["situation-analysis"]),
        ("IV. Budget summary", ["budget"]),
        ("Partnership & coordination", ["coordination"]),
        ("Modalités de coordination", ["coordination"]),
        ("Needs analysis and response strategy", ["needs-vulnerabilities", "protection-priorities"]),
        ("Coordination and monitoring", ["coordination", "monitoring"]),
        ("Besoins financiers", ["budget"]),
        ("Necesidades básicas", []),
        ("Basic needs", []),
        ("Persons with specific needs", []),
        ("Needs overview", ["needs-vulnerabilities"]),
        ("Protection monitoring", []),
        ("Monitoring", ["monitoring"]),
        ("Localization strategy", []),
        ("Sudan Situation Regional Refugee Response Plan", []),
    ])
    func readsRealHeadings(heading: String, parts: [String]) {
        #expect(SectionMatcher(vocabulary: .builtIn, kind: .country).parts(for: heading) == parts)
    }

    @Test func readsHeadingsByKind() {
        let regional = SectionMatcher(vocabulary: .builtIn, kind: .regional)
        #expect(regional.parts(for: "Regional coordination: sector leads and working groups") == ["coordination", "working-groups"])
        #expect(regional.parts(for: "Regional response strategy and priorities") == ["strategic-objectives"])
        #expect(SectionMatcher(vocabulary: .builtIn, kind: .country).parts(for: "Sector coordination") == ["coordination"])
        #expect(regional.parts(for: "Sector coordination") == ["working-groups"])
    }

    @Test func planHeadingsNameTheirPart() {
        let vocabulary = SectionVocabulary.builtIn.adding(["Análise da situação"], to: "situation-analysis")
        #expect(SectionMatcher(vocabulary: vocabulary, kind: .country).parts(for: "2. Análise da situação no Chade") == ["situation-analysis"])
    }

    @Test func findsNearMisses() throws {
        let m = SectionMatcher(vocabulary: .builtIn, kind: .country)
        let typo = try #require(m.nearMiss("1. Situaton Analysis", to: "situation-analysis"))
        #expect(typo.replacement == "Situation")
        #expect(typo.range == 3..<11)
        #expect(typo.corrected == "1. Situation Analysis")
        // The heading: not read as a situation analysis, but one edit away from it.
        #expect(m.parts(for: "Situation analysys").isEmpty)
        #expect(m.nearMiss("Situation analysys", to: "situation-analysis")?.corrected == "Situation analysis")
        let dropped = try #require(m.nearMiss("Protection and solutions", to: "protection-priorities"))
        #expect(dropped.corrected == "Protection and solutions priorities")
        #expect(m.nearMiss("Education", to: "situation-analysis") == nil)
        #expect(m.nearMiss("Protection", to: "protection-priorities") == nil)
        #expect(m.nearMiss("Chad", to: "coordination") == nil)
    }

    @Test func matchingCostGrowsWithTheHeading() {
        let m = SectionMatcher(vocabulary: .builtIn, kind: .country)
        let long = String(repeating: "context word ", count: 20_000)
        let clock = ContinuousClock()
        let time = clock.measure { _ = m.parts(for: long) }
        #expect(m.parts(for: long) == ["situation-analysis"])
        #expect(time < .seconds(5))
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

    /// The first `section.missing` of the country chapter `body`.
    func missing(_ body: String) throws -> Diagnostic {
        try #require(compile(countryBody: body).diagnostics.first { $0.id == "section.missing" && $0.file == "TCD/country.md" })
    }

    @Test func insertsAMissingHeadingBeforeTheNextPart() throws {
        let d = try missing(complete.replacingOccurrences(of: "## Needs and vulnerabilities\n\nText.\n\n", with: ""))
        #expect(d.summary == "Country chapter is missing a required part: Needs and vulnerabilities")
        // "---\n#\n---\n" then "## Situation analysis\n\nText.\n\n" puts "## Response strategy" on line 8.
        #expect(d.range?.start.line == 8)
        #expect(d.fixIts.first?.replacement == "## Needs and vulnerabilities\n\n")
    }

    @Test func appendsAMissingLastPartAtTheEndOfTheFile() throws {
        let d = try missing(complete.replacingOccurrences(of: "## Coordination\n", with: ""))
        #expect(d.fixIts.first?.replacement == "\n## Coordination arrangements\n")
        #expect(d.range?.start.offset == ("---\n#\n---\n" + complete).utf8.count - "## Coordination\n".utf8.count)
    }

    @Test func acceptsAnyOrderByDefault() {
        let swapped = "## Coordination\n\n## Needs and vulnerabilities\n\n## Situation analysis\n\n## Response strategy\n"
        let c = compile(countryBody: swapped)
        #expect(!c.diagnostics.contains { $0.id == "section.order" })
        #expect(!c.diagnostics.contains { $0.id == "section.missing" && $0.file == "TCD/country.md" })
    }

    @Test func warnsWhenPartsAreOutOfOrderInAStrictPlan() throws {
        let c = PlanCompiler.compile(example: SectionRules.order.triggering[0])
        let d = try #require(c.diagnostics.first { $0.id == "section.order" })
        #expect(d.severity == .warning)
        #expect(d.file == "TCD/education.md")
    }

    @Test func pointsAtAHeadingThatComesClose() throws {
        let d = try missing(complete.replacingOccurrences(of: "## Situation analysis", with: "## 1. Situaton analysis"))
        #expect(d.summary == "Country chapter is missing a required part: Situation analysis; the heading '1. Situaton analysis' comes close: did you mean '1. Situation analysis'?")
        // "---\n#\n---\n" then the heading on line 4: "## 1. " is 6 bytes, the word starts at column 7.
        #expect(d.range?.start.line == 4)
        #expect(d.range?.start.column == 7)
        #expect(d.range?.end.column == 15)
        #expect(d.fixIts.first?.replacement == "Situation")
    }

    @Test func acceptsWorkingGroupsDescribedUnderCoordination() {
        func regional(_ coordination: String) -> [String] {
            var f = Fixture()
            f.add("plan.md", F.plan(kind: .regional, countries: ["TCD"]), body: "## Planning figures\n\n## Strategic objectives\n\n## Country chapters\n\n## Budget\n\n## Coordination\n\n" + coordination)
            return f.compile().diagnostics.filter { $0.id == "section.missing" && $0.file == "plan.md" }.map(\.summary)
        }
        #expect(regional("The regional protection working group meets monthly, co-chaired by two partners.\n").isEmpty)
        #expect(regional("Le groupe de travail régional se réunit chaque mois.\n").isEmpty)
        #expect(regional("Partners meet monthly.\n") == ["Regional overview is missing a required part: Regional working groups and sector arrangements"])
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
