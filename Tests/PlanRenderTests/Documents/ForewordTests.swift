import Foundation
import PlanCompiler
import PlanRender
import PlanSyntax
import TestSupport
import Testing

/// The foreword (`chapter: foreword`): it opens the regional document after the contents, with
/// its signatories; an edition in another language shows its translation; country documents do
/// not repeat it.
@Suite struct ForewordTests {
    static let foreword = ForewordChapter.text("The plan brings partners together for 2026.")
    static let translation = """
        ---
        chapter: translation
        of: foreword.md
        language: fr
        title: Message du coordonnateur
        ---
        Le plan réunit les partenaires pour 2026.

        """

    /// The documents, and the diagnostics other than the fixture's intended warning.
    static func render(_ files: [String: String], editions: [String] = []) throws -> (files: [String: String], diagnostics: [String]) {
        let plan = try RenderFixture.copy()
        defer { plan.remove() }
        for (name, text) in files { try plan.write(name, text) }
        let compilation = PlanCompiler.compile(directory: plan.path, parser: FrontMatterParser.parse)
        var options = RenderOptions(formats: [.html, .md])
        options.editions = editions
        let compiled = try #require(compilation.plan)
        let rendered = try PlanRenderer(templates: RenderFixture.templates, options: options).render(compiled)
        return (Dictionary(uniqueKeysWithValues: rendered.map { ($0.name, String(decoding: $0.bytes, as: UTF8.self)) }), compilation.diagnostics.filter { $0.id != "budget.implementing-double-count" }.map { "\($0.id): \($0.summary)" })
    }

    @Test func theRegionalDocumentOpensWithTheSignedForeword() throws {
        let (files, _) = try Self.render(["foreword.md": Self.foreword])
        let html = try #require(files["regional.html"])
        let foreword = try #require(html.range(of: "<section id=\"foreword\" class=\"part foreword\">\n<h2>Foreword</h2>"))
        let contents = try #require(html.range(of: "<nav"))
        let overview = try #require(html.range(of: "<section id=\"overview\""))
        #expect(contents.lowerBound < foreword.lowerBound && foreword.lowerBound < overview.lowerBound)
        #expect(html.contains("<p class=\"signatories\" lang=\"en\"><span>A. Name, Regional Refugee Coordinator</span></p>"))
        #expect(html.contains("<a href=\"#foreword\">Foreword</a>"))
        #expect(try #require(files["regional.md"]).contains("## Foreword\n\nThe plan brings partners together for 2026.\n\n*A. Name, Regional Refugee Coordinator*"))
        for (name, text) in files where name.hasPrefix("country-") { #expect(!text.contains("id=\"foreword\""), "\(name)") }
    }

    @Test func theFrenchEditionShowsTheTranslationWithItsTitle() throws {
        let (files, diagnostics) = try Self.render(["foreword.md": Self.foreword, "foreword.fr.md": Self.translation], editions: ["en", "fr"])
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let fr = try #require(files["regional.fr.html"])
        #expect(fr.contains("<h2>Message du coordonnateur</h2>"))
        #expect(fr.contains("Le plan réunit les partenaires pour 2026."))
        #expect(try #require(files["regional.en.html"]).contains("The plan brings partners together for 2026."))
    }

    @Test func aSecondForewordIsAnError() throws {
        let (_, diagnostics) = try Self.render(["foreword.md": Self.foreword, "message.md": Self.foreword])
        #expect(diagnostics.contains("plan.duplicate-foreword: Plan has a second foreword"))
    }
}
