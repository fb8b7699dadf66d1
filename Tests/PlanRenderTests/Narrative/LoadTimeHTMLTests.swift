import PlanCompiler
import PlanModel
import PlanRender
import PlanSyntax
import Testing
import TestSupport

/// Whole documents: a plan compiled with the chapters' HTML rendered at load time gives the same
/// files as one compiled without it (whose bodies cmark renders at render time).
@Suite struct LoadTimeHTMLTests {
    static let folders = ["Samples/lake-basin-rrp", "Tests/PlanRenderTests/Fixtures/two-country"]

    @Test(arguments: [false, true])
    func documentsAreTheSameEitherWay(allowRawHTML: Bool) throws {
        let options = RenderOptions(formats: [.html, .md], allowRawHTML: allowRawHTML)
        #expect(options.loadOptions == LoadOptions(narrativeHTML: true, allowRawHTML: allowRawHTML))
        for folder in Self.folders.map(PackagePaths.path) {
            let without = try #require(PlanCompiler.compile(directory: folder).plan)
            let with = try #require(PlanCompiler.compile(directory: folder, options: options.loadOptions).plan)
            #expect(without.overview.html == nil)
            #expect(with.overview.html?.rawHTMLAllowed == allowRawHTML)
            let renderer = PlanRenderer(templates: RenderFixture.templates, options: options)
            let a = try renderer.render(without), b = try renderer.render(with)
            #expect(a.map(\.name) == b.map(\.name))
            for (x, y) in zip(a, b) { #expect(x.bytes == y.bytes, "\(folder): \(x.name)") }
        }
    }

    @Test func markdownOnlyOutputsNeedNoHTMLBlocks() {
        #expect(RenderOptions(formats: [.md, .csv, .json]).loadOptions == LoadOptions())
    }
}
