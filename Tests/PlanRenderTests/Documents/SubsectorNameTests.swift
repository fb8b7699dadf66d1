import Foundation
import PlanCompiler
import PlanRender
import PlanSyntax
import TestSupport
import Testing

/// Sub-sector titles in the documents: the names the plan declares, else derived from the IDs.
@Suite struct SubsectorNameTests {
    /// The documents of the fixture with `subsectors:` written as `declaration`.
    static func documents(_ declaration: String) throws -> [String: String] {
        let plan = try RenderFixture.copy()
        defer { plan.remove() }
        let text = try String(contentsOfFile: plan.path + "/plan.md", encoding: .utf8)
        #expect(text.contains("    subsectors: gbv\n"))
        try plan.write("plan.md", text.replacingOccurrences(of: "    subsectors: gbv\n", with: declaration))
        let compilation = PlanCompiler.compile(directory: plan.path, parser: FrontMatterParser.parse)
        #expect(!compilation.hasErrors, "\(compilation.diagnostics.map(\.summary))")
        let compiled = try #require(compilation.plan)
        let files = try PlanRenderer(templates: RenderFixture.templates, options: RenderOptions(formats: [.html, .md])).render(compiled)
        return Dictionary(uniqueKeysWithValues: files.map { ($0.name, String(decoding: $0.bytes, as: UTF8.self)) })
    }

    @Test func declaredNamesAreShownEscaped() throws {
        let docs = try Self.documents("    subsectors:\n      gbv: Violences basées sur le genre & <abus>\n")
        // The French document writes its colon the French way (a no-break space before it).
        for (name, colon) in [("regional.html", ":"), ("country-TCD.html", "\u{A0}:")] {
            let html = try #require(docs[name])
            #expect(html.contains("Protection\(colon) Violences basées sur le genre &amp; &lt;abus&gt;"), "\(name)")
            #expect(!html.contains("Protection: GBV"), "\(name)")
            #expect(!html.contains("<abus>"), "\(name)")
        }
        #expect(try #require(docs["country-TCD.md"]).contains("### Protection\u{A0}: Violences basées sur le genre"))
    }

    @Test func theListFormStillDerivesTheTitle() throws {
        let docs = try Self.documents("    subsectors: gbv\n")
        #expect(try #require(docs["regional.html"]).contains("Protection: GBV"))
    }
}
