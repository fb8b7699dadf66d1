import PlanDiagnostics
import PlanModel
import PlanSyntax
import Testing

/// Names in several languages: `plan:`, a sector's `name:` and a sub-sector's name as a block of
/// `LANGUAGE: text` lines.
@Suite struct TranslatedNameSchemaTests {
    /// A plan file with `plan:` written as `title` and the `protection` sector's `name:` as `name`.
    static func plan(title: String = " Lake Basin plan\n", name: String = " Protection\n", subsectors: String = " gbv\n") -> String {
        "---\nplan:" + title + "type: regional\nperiod: 2026-01-01 to 2026-12-31\nversion: launch\nlanguage: en\ncountries: TCD\n"
            + "sectors:\n  protection:\n    name:" + name + "    subsectors:" + subsectors
            + "partners:\n  UNHCR:\n    name: UNHCR\n    type: un\n---\n# Overview\n"
    }

    static func header(_ text: String) throws -> (PlanHeader, [Diagnostic]) {
        let (header, diagnostics) = FrontMatterParser.parse(text: text)
        guard case .plan(let plan) = try #require(header) else { throw SubsectorSchemaTests.SchemaTestFailure.notAPlan }
        return (plan, diagnostics)
    }

    @Test func aSingleNameHasNoTranslations() throws {
        let (plan, diagnostics) = try Self.header(Self.plan())
        #expect(diagnostics.isEmpty)
        #expect(plan.title.value == "Lake Basin plan" && plan.titles.isEmpty)
        #expect(plan.sectors[0].name.value == "Protection" && plan.sectors[0].names.isEmpty)
    }

    @Test func blocksGiveOneNamePerLanguageAndTheFirstIsTheDefault() throws {
        let (plan, diagnostics) = try Self.header(Self.plan(
            title: "\n  en: Lake Basin plan\n  fr: Plan du bassin du lac\n",
            name: "\n      fr: Protection des personnes\n      en: Protection\n",
            subsectors: "\n      gbv:\n        en: Gender-based violence\n        fr: Violences basées sur le genre\n      child-protection: Child protection\n"
        ))
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.summary))")
        #expect(plan.title.value == "Lake Basin plan")
        #expect(plan.titles.mapValues(\.value) == ["en": "Lake Basin plan", "fr": "Plan du bassin du lac"])
        let sector = plan.sectors[0]
        #expect(sector.name.value == "Protection des personnes")
        #expect(sector.names.mapValues(\.value) == ["fr": "Protection des personnes", "en": "Protection"])
        #expect(sector.names["fr"]?.range.start.line == 13 && sector.names["fr"]?.range.start.column == 11)
        #expect(sector.subsectors.map(\.value) == ["gbv", "child-protection"])
        #expect(sector.subsectorNames.mapValues(\.value) == ["gbv": "Gender-based violence", "child-protection": "Child protection"])
        #expect(sector.subsectorNamesByLanguage["gbv"]?.mapValues(\.value) == ["en": "Gender-based violence", "fr": "Violences basées sur le genre"])
    }

    @Test func aKeyThatIsNotALanguageAndAnEmptyNameAreReported() throws {
        let (bad, badDiagnostics) = try Self.header(Self.plan(name: "\n      english: Protection\n      fr: Protection\n"))
        #expect(badDiagnostics.map(\.id.rawValue) == ["dsl.invalid-language"])
        #expect(badDiagnostics.first?.range?.start.line == 11 && badDiagnostics.first?.range?.start.column == 7)
        #expect(bad.sectors.first?.names.keys.sorted() == ["fr"])
        let (_, empty) = try Self.header(Self.plan(title: "\n  en: Plan\n  fr: \"\"\n"))
        #expect(empty.map(\.id.rawValue) == ["dsl.missing-value"])
        #expect(empty.first?.summary == "'fr' has an empty title: write it, or remove the line")
        let (_, repeated) = try Self.header(Self.plan(name: "\n      en: Protection\n      en: Protection again\n"))
        #expect(repeated.map(\.id.rawValue) == ["dsl.duplicate-key"])
    }
}
