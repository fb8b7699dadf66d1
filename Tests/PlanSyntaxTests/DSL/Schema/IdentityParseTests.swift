import PlanDiagnostics
import PlanModel
import PlanSyntax
import Testing

/// `FrontMatterParser.parseIdentity`: what `rrp lint` reads of a chapter (its place, sector and
/// language) is what the full parse reads, without a sector chapter's plan data.
@Suite struct IdentityParseTests {
    static func parseIdentity(_ text: String) -> (header: ChapterHeader?, diagnostics: [Diagnostic]) {
        FrontMatterParser.parseIdentity(ChapterSource.read(SourceFile(path: "TCD/health.md", text: text)).chapter)
    }

    static let sector = """
        ---
        chapter: sector
        country: TCD
        sector: protection
        subsector: gbv
        language: fr
        population:
          refugees:
            planned: many
        indicators:
          - id: IND-1
        requirements:
          UNHCR: USD 1,000,000
        ---
        # Protection

        """

    @Test func aSectorChapterKeepsItsPlaceAndLanguageWithoutItsData() throws {
        let full = FrontMatterParser.parse(text: Self.sector, path: "TCD/health.md")
        #expect(full.diagnostics.contains { $0.severity == .error }, "the full parse checks the population and the indicator")
        guard case .sector(let whole) = try #require(full.header) else { Issue.record("not a sector chapter"); return }

        let identity = Self.parseIdentity(Self.sector)
        #expect(identity.diagnostics.isEmpty)
        guard case .sector(let header) = try #require(identity.header) else { Issue.record("not a sector chapter"); return }
        #expect(header.place.value == whole.place.value && header.place.value == .country(CountryCode("TCD")))
        #expect(header.sector.value == "protection" && header.subsector?.value == "gbv" && header.language?.value == "fr")
        #expect(header.population.isEmpty && header.indicators.isEmpty && header.requirements.isEmpty)
        #expect(!whole.requirements.isEmpty)
    }

    /// The data's lines are not even lexed: a blank line, a comment at the margin and broken
    /// lines inside them change nothing, and the keys after them are read.
    @Test func keysAfterTheDataAreStillRead() throws {
        let text = "---\nchapter: sector\ncountry: TCD\nrequirements:\n  UNHCR: USD 1,000,000\n\n# to come\n  WFP: [USD\n\tbroken: \"\nsector: health\nlanguage: fr\n---\n# Santé\n"
        #expect(FrontMatterParser.parse(text: text, path: "TCD/health.md").diagnostics.contains { $0.severity == .error })
        let identity = Self.parseIdentity(text)
        #expect(identity.diagnostics.isEmpty)
        guard case .sector(let header) = try #require(identity.header) else { Issue.record("not a sector chapter"); return }
        #expect(header.sector.value == "health" && header.language?.value == "fr")
    }

    @Test func aChapterWithoutItsPlaceHasNoHeaderEitherWay() {
        let text = "---\nchapter: sector\ncountry: TCD\npopulation:\n  refugees:\n    planned: 10\n---\n# Protection\n"
        #expect(FrontMatterParser.parse(text: text, path: "TCD/health.md").header == nil)
        let identity = Self.parseIdentity(text)
        #expect(identity.header == nil)
        #expect(identity.diagnostics.contains { $0.summary.contains("sector") })
    }

    @Test func otherChapterKindsAreReadInFull() throws {
        let text = "---\nchapter: country\ncountry: TCD\nlanguage: fr\nperiod: 2026-01-01 to 2026-12-31\n---\n# Tchad\n"
        let identity = Self.parseIdentity(text)
        #expect(identity.diagnostics.isEmpty)
        guard case .country(let header) = try #require(identity.header) else { Issue.record("not a country chapter"); return }
        #expect(header.language?.value == "fr" && header.period != nil)
    }
}
