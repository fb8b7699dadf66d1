import Foundation
import PlanCompiler
import PlanRender
import PlanSyntax
import TestSupport
import Testing

/// The regional sector summaries: one block per sector with its requirements by country, its
/// partners and the people it targets, each country's people counted once.
@Suite struct SectorSummaryTests {
    /// The Markdown block of `sector` (from its heading to the next block or the end of the part).
    static func block(_ markdown: String, _ sector: String) throws -> String {
        let part = try #require(markdown.range(of: "## Regional sector summaries")).upperBound
        let start = try #require(markdown.range(of: "<a id=\"sector-summary-\(sector)\"></a>", range: part..<markdown.endIndex))
        let rest = markdown[start.upperBound...]
        let end = rest.range(of: "<a id=\"sector-summary-")?.lowerBound ?? rest.range(of: "<a id=\"partners\"></a>")?.lowerBound ?? rest.endIndex
        return String(rest[..<end])
    }

    static func documents(removing removed: [String] = []) throws -> [String: String] {
        let plan = try RenderFixture.copy()
        defer { plan.remove() }
        for relative in removed { try FileManager.default.removeItem(atPath: plan.path + "/" + relative) }
        let compilation = PlanCompiler.compile(directory: plan.path, parser: FrontMatterParser.parse)
        #expect(!compilation.hasErrors, "\(compilation.diagnostics.map(\.summary))")
        let files = try PlanRenderer(templates: RenderFixture.templates, options: RenderOptions(formats: [.html, .md])).render(try #require(compilation.plan))
        return Dictionary(uniqueKeysWithValues: files.map { ($0.name, String(decoding: $0.bytes, as: UTF8.self)) })
    }

    @Test func eachSectorHasItsRequirementsPartnersAndPeopleTargeted() throws {
        let regional = try #require(try Self.documents()["regional.md"])
        let protection = try Self.block(regional, "protection")
        // Protection and its GBV sub-sector (UNHCR 20,000,000 + 1,500,000, NRC 2,500,000, ACME
        // 400,000, RLO1 250,000; PARTNERX is not an appealing partner).
        #expect(protection.contains("| Chad | 24,650,000 | 100% |"))
        #expect(protection.contains("Partners: ACME, NRC, RLO1, UNHCR"))
        #expect(protection.contains("- Appealing partners: 4"))
        #expect(protection.contains("- Countries: 1"))
        // The sector chapter's 450,000 refugees, not 450,000 + the GBV chapter's 90,000: the
        // sub-sector reaches people the sector already counts.
        #expect(protection.contains("- Refugees and others targeted: 450,000"))
        #expect(protection.contains("- Host community members targeted: 120,000"))
        let education = try Self.block(regional, "education")
        #expect(education.contains("| Cameroon | 6,500,000 | 100% |"))
        // No host community figure in the education chapter: no line, rather than an empty one.
        #expect(!education.contains("Host community members targeted"))
    }

    @Test func aCountryWithOnlySubsectorChaptersCountsTheLargest() throws {
        let regional = try #require(try Self.documents(removing: ["TCD/protection.md"])["regional.md"])
        let protection = try Self.block(regional, "protection")
        #expect(protection.contains("- Refugees and others targeted: 90,000"))
        #expect(protection.contains("| Chad | 1,750,000 | 100% |"))
    }

    @Test func blocksAddUpToTheMatrixAndAreListedInTheContents() throws {
        let docs = try Self.documents()
        let html = try #require(docs["regional.html"])
        #expect(html.contains("<a href=\"#sector-summary-protection\">Protection</a>"))
        #expect(html.contains("<section id=\"sector-summary-education\" class=\"sector-summary\">"))
        // The matrix's column totals are the blocks' totals.
        let regional = try #require(docs["regional.md"])
        #expect(regional.contains("| **Total** | **24,650,000** | **6,500,000** | **31,150,000** |"))
        #expect(try Self.block(regional, "protection").contains("- Total requirements: USD\u{A0}24.7 million (79%)"))
        for (name, document) in docs where name.hasPrefix("country-") {
            #expect(!document.contains("id=\"sector-summar"), "\(name) has sector summaries")
        }
    }
}
