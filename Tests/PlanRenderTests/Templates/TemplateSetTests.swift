import Foundation
import Mustache
import PlanRender
import PlanTemplates
import TestSupport
import Testing

@Suite struct TemplateSetTests {
    @Test func defaultsLoadFromTheBundle() throws {
        let set = try TemplateSet.load()
        for name in ["document", "style", "cover", "glance", "toc", "overview", "figures", "population-table", "financial", "partners", "place", "sector", "annexes"] {
            #expect(set.html.contains(name), "html/\(name)")
            if name != "style" { #expect(set.markdown.contains(name), "markdown/\(name)") }
        }
        #expect(set.overridden.isEmpty)
    }

    /// swift-mustache's own folder loader reads the bundled folder on Linux; `{{x}}` escapes and
    /// `{{{x}}}` does not.
    @Test func swiftMustacheLoadsAFolderAndEscapes() async throws {
        let library = try await MustacheLibrary(directory: DefaultTemplates.directory + "/html")
        #expect(library.getTemplate(named: "document") != nil)
        let template = try MustacheTemplate(string: "{{x}}|{{{x}}}")
        #expect(template.render(["x": "<b>&"]) == "&lt;b&gt;&amp;|<b>&")
    }

    @Test func anOverrideFolderReplacesOnlyTheTemplatesItHas() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("html/cover.mustache", "<header class=\"my-cover\"><h1>{{title}}</h1></header>\n")
        try dir.write("labels.json", #"{"languages": {"en": {"partnerList": "Who appeals"}}}"#)
        let set = try TemplateSet.load(overrides: dir.path)
        #expect(set.overridden == ["html/cover", "labels.json"])
        let html = try RenderFixture.render(RenderOptions(formats: [.html]), templates: set)["regional.html"]!
        #expect(html.contains("<header class=\"my-cover\"><h1>Illustrative Two-Country Regional Refugee Response Plan</h1></header>"))
        #expect(!html.contains("class=\"banner\""))
        #expect(html.contains("<h2>Who appeals</h2>"))
        #expect(html.contains("id=\"annex-finance\""))
    }

    @Test func aCustomDocumentMayIncludeThePlacePartialItself() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("html/document.mustache", "<main>{{#places}}{{> place}}{{/places}}</main>\n")
        let html = try RenderFixture.render(RenderOptions(formats: [.html]), templates: try TemplateSet.load(overrides: dir.path))["regional.html"]!
        #expect(html.hasPrefix("<main><section id=\"place-TCD\" class=\"part place\">"))
        #expect(html.contains("<h3>Protection: GBV</h3>"))
        #expect(html.contains("<strong>Total requirements:</strong> USD\u{A0}24.7 million"))
    }

    @Test func brokenOverridesAreReportedWithTheirPath() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = try dir.write("markdown/sector.mustache", "{{#sectors}} never closed")
        #expect(throws: RenderError.self) { try TemplateSet.load(overrides: dir.path) }
        do { _ = try TemplateSet.load(overrides: dir.path) } catch let error as RenderError {
            #expect(error.description.contains(path))
        }
        #expect(throws: RenderError.templateFolderMissing("/no/such/folder")) { try TemplateSet.load(overrides: "/no/such/folder") }
    }
}
