import Foundation
import PlanDiagnostics
import PlanDriver
import PlanRender
import PlanSyntax

/// Compiles the plan folder in memory, as `rrp compile` does (the same input walk, checks and
/// renderer) but writing nothing: the HTML documents are kept as bytes for the server.
///
/// Incremental: every build reads the folder again, but parses (and lints) only the files
/// whose bytes changed since the last build of this compiler, then checks the plan as a whole
/// and renders it (``IncrementalCheck``): a save re-reads the saved chapter only.
public struct PreviewCompiler: Sendable {
    public let options: PreviewOptions
    /// The parses and language findings of the last build.
    private let checks: IncrementalCheck

    public init(options: PreviewOptions) {
        self.options = options
        checks = IncrementalCheck(options: Self.renderOptions(options).loadOptions(lint: options.lint), lint: options.lint)
    }

    /// The render options of a preview: those asked for, HTML only.
    private static func renderOptions(_ options: PreviewOptions) -> RenderOptions {
        var render = options.render
        render.formats = [.html]
        return render
    }

    /// Reads, checks and (without errors) renders the plan now.
    public func build() -> PreviewBuild {
        let render = Self.renderOptions(options)
        let folder = checks.check(InputWalk.folder(options.planDirectory))
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
