import Foundation
import PlanDiagnostics
import PlanDriver
import PlanRender
import PlanSyntax

/// Compiles the plan folder in memory, as `rrp compile` does (the same input walk, checks and
/// renderer) but writing nothing: the HTML documents are kept as bytes for the server.
public struct PreviewCompiler: Sendable {
    public var options: PreviewOptions

    public init(options: PreviewOptions) {
        self.options = options
    }

    /// Reads, checks and (without errors) renders the plan now.
    public func build() -> PreviewBuild {
        var render = options.render
        render.formats = [.html]
        let folder = PlanChecker.checkFolder(InputWalk.folder(options.planDirectory), lint: options.lint, options: render.loadOptions(lint: options.lint))
        let compilation = folder.compilation
        var engine = DiagnosticEngine()
        engine.emit(contentsOf: folder.diagnostics)
        let sources = SourceFileTable(compilation.files.map(\.source.file) + compilation.fundingFiles)
        var build = PreviewBuild(
            documents: [:], mainDocument: nil, diagnostics: engine.diagnostics, sources: sources,
            language: render.language ?? compilation.plan?.language ?? "en",
            otherInputs: compilation.fundingFiles.map(\.path), fileCount: compilation.files.count
        )
        guard !engine.hasErrors, let plan = compilation.plan else { return build }
        do {
            // Templates are read at every build: a `--templates` folder is watched and edited too.
            let files = try PlanRenderer(templates: try TemplateSet.load(overrides: options.templates), options: render).render(plan)
            build.documents = Dictionary(files.map { ($0.name, $0.bytes) }, uniquingKeysWith: { a, _ in a })
            build.mainDocument = build.documents["regional.html"] != nil ? "regional.html" : build.documents.keys.sorted().first
        } catch {
            build.renderFailure = "\(error)"
        }
        return build
    }
}
