import Foundation
import PlanCompiler
import PlanRender
import PlanSyntax
import TestSupport
import Testing

/// `published:` in the plan file: the publication date on every document's cover, in the
/// document's language, and in `plan.json`; nothing before publication.
@Suite struct PublicationDateTests {
    static func documents(published: String?) throws -> (files: [String: String], json: String) {
        let plan = try RenderFixture.copy()
        defer { plan.remove() }
        if let published {
            let text = try String(contentsOfFile: plan.path + "/plan.md", encoding: .utf8)
            try plan.write("plan.md", text.replacingOccurrences(of: "\nlanguage: ", with: "\npublished: \(published)\nlanguage: "))
        }
        let compilation = PlanCompiler.compile(directory: plan.path, parser: FrontMatterParser.parse)
        #expect(!compilation.hasErrors, "\(compilation.diagnostics.map(\.summary))")
        let compiled = try #require(compilation.plan)
        let files = try PlanRenderer(templates: RenderFixture.templates, options: RenderOptions(formats: [.html, .md])).render(compiled)
        return (Dictionary(uniqueKeysWithValues: files.map { ($0.name, String(decoding: $0.bytes, as: UTF8.self)) }), String(decoding: PlanJSON.encode(compiled), as: UTF8.self))
    }

    @Test func theCoverGivesTheDateInTheDocumentsLanguage() throws {
        let (files, json) = try Self.documents(published: "2026-01-20")
        #expect(try #require(files["regional.html"]).contains("<div><dt>Published</dt><dd>January 20, 2026</dd></div>"))
        #expect(try #require(files["regional.md"]).contains("**Published:** January 20, 2026"))
        // The Chad chapter is French: its document says it the French way.
        #expect(try #require(files["country-TCD.html"]).contains("<dt>Date de publication</dt><dd>20 janvier 2026</dd>"))
        #expect(json.contains("\"published\":\"2026-01-20\""))
    }

    @Test func anUnpublishedPlanHasNoDate() throws {
        let (files, json) = try Self.documents(published: nil)
        for (name, text) in files { #expect(!text.contains("Published") && !text.contains("Date de publication"), "\(name)") }
        #expect(!json.contains("\"published\""))
    }

    @Test func aDateThatIsNotOneIsALocatedError() throws {
        let plan = try RenderFixture.copy()
        defer { plan.remove() }
        let text = try String(contentsOfFile: plan.path + "/plan.md", encoding: .utf8)
        try plan.write("plan.md", text.replacingOccurrences(of: "\nlanguage: ", with: "\npublished: 2026-13-40\nlanguage: "))
        let compilation = PlanCompiler.compile(directory: plan.path, parser: FrontMatterParser.parse)
        let error = try #require(compilation.diagnostics.first { $0.severity == .error })
        #expect(error.file.hasSuffix("plan.md"))
        #expect(error.summary == "Month 13 does not exist: months run from 01 to 12")
    }
}
