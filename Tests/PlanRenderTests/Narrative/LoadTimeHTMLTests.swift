import PlanCompiler
import PlanModel
import PlanRender
import PlanSyntax
import Testing
import TestSupport

/// Whole documents: a plan compiled with the chapters' HTML rendered at load time, and with only
/// their outlines converted, gives the same files and diagnostics as one compiled without either
/// (whose bodies cmark renders at render time).
@Suite struct LoadTimeHTMLTests {
    static let folders = ["Samples/lake-basin-rrp", "Tests/PlanRenderTests/Fixtures/two-country"]

    @Test(arguments: [false, true])
    func documentsAreTheSameEitherWay(allowRawHTML: Bool) throws {
        let options = RenderOptions(formats: [.html, .md], allowRawHTML: allowRawHTML)
        #expect(options.loadOptions(lint: true) == LoadOptions(narrativeHTML: true, allowRawHTML: allowRawHTML))
        #expect(options.loadOptions(lint: false) == LoadOptions(narrativeHTML: true, allowRawHTML: allowRawHTML, outlineOnly: true))
        for folder in Self.folders.map(PackagePaths.path) {
            let full = PlanCompiler.compile(directory: folder), outline = PlanCompiler.compile(directory: folder, options: options.loadOptions(lint: false))
            #expect(full.diagnostics == outline.diagnostics)
            let without = try #require(full.plan)
            let with = try #require(outline.plan)
            #expect(without.overview.rawHTML == with.overview.rawHTML)
            #expect(without.overview.html == nil)
            #expect(with.overview.html?.rawHTMLAllowed == allowRawHTML)
            let renderer = PlanRenderer(templates: RenderFixture.templates, options: options)
            let a = try renderer.render(without), b = try renderer.render(with)
            #expect(a.map(\.name) == b.map(\.name))
            for (x, y) in zip(a, b) { #expect(x.bytes == y.bytes, "\(folder): \(x.name)") }
        }
    }

    @Test func markdownOnlyOutputsNeedNoHTMLBlocks() {
        #expect(RenderOptions(formats: [.md, .csv, .json]).loadOptions(lint: true) == LoadOptions())
    }
}
