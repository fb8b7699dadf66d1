import Foundation
import PlanCompiler
import PlanModel
import PlanRender
import PlanSyntax
import TestSupport

/// The two-country fixture plan (Fixtures/two-country), compiled once with the real pipeline,
/// and helpers to render it.
enum RenderFixture {
    /// The fixture folder.
    static let folder = PackagePaths.path("Tests/PlanRenderTests/Fixtures/two-country")

    /// The compiled plan (the fixture has one intended warning and no error).
    static let plan: Plan = {
        let compilation = PlanCompiler.compile(directory: folder, parser: FrontMatterParser.parse)
        precondition(!compilation.hasErrors, "fixture has errors: \(compilation.diagnostics.map(\.summary))")
        return compilation.plan!
    }()

    /// The default templates.
    static let templates: TemplateSet = try! TemplateSet.load()

    /// A copy of the fixture folder that a test may change.
    static func copy() throws -> TemporaryDirectory {
        let plan = try TemporaryDirectory()
        for relative in ["plan.md", "TCD/country.md", "TCD/protection.md", "TCD/gbv.md", "CMR/country.md", "CMR/education.md"] {
            try plan.write(relative, bytes: Array(FileManager.default.contents(atPath: folder + "/" + relative)!))
        }
        return plan
    }

    /// Every output file by name.
    static func render(_ options: RenderOptions = RenderOptions(), templates: TemplateSet = templates) throws -> [String: String] {
        let files = try PlanRenderer(templates: templates, options: options).render(plan)
        return Dictionary(uniqueKeysWithValues: files.map { ($0.name, String(decoding: $0.bytes, as: UTF8.self)) })
    }
}
