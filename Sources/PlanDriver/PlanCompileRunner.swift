import Foundation
import PlanCompiler
import PlanDiagnostics
import PlanRender
import PlanSyntax

/// What `rrp compile` was asked to do.
public struct CompileRequest: Sendable {
    /// The plan folder.
    public var planDirectory: String
    /// The output folder (created if missing).
    public var outDirectory: String
    /// Formats, `--country`, `--no-hxl`, `--allow-raw-html`.
    public var render: RenderOptions
    /// `--templates DIR`: templates laid over the defaults.
    public var templates: String?
    /// Severity overrides and warnings-as-errors.
    public var diagnostics: DiagnosticOptions
    /// `--lint`: run the agency-neutral language rules too (as `rrp check` does).
    public var lint: Bool

    public init(planDirectory: String, outDirectory: String, render: RenderOptions = RenderOptions(), templates: String? = nil, diagnostics: DiagnosticOptions = DiagnosticOptions(), lint: Bool = false) {
        self.planDirectory = planDirectory
        self.outDirectory = outDirectory
        self.render = render
        self.templates = templates
        self.diagnostics = diagnostics
        self.lint = lint
    }
}

/// What `rrp compile` did: the diagnostics, and the files written and removed (none when there
/// were errors).
public struct CompileOutcome: Sendable {
    /// Every diagnostic of the compile, with the source lines to quote.
    public var report: CheckReport
    /// Full paths of every output file, sorted (written or already up to date).
    public var files: [String]
    /// The main HTML document (`regional.html`, or the `--country` one), if HTML was emitted.
    public var mainHTML: String?
    /// Full paths of the stale files removed (a full compile only; see ``OutputFolder``), sorted.
    public var removed: [String]
    /// Stale files kept and an untrusted output manifest (not plan diagnostics).
    public var warnings: [OutputWarning]
    /// The compile's large in-memory results (the compiled plan, the loaded chapters, the render
    /// caches), kept with the outcome: a caller that exits right after the compile, as `rrp`
    /// does, need not spend time freeing them; dropping the outcome frees them.
    public var retained: [any Sendable] = []

    /// `wrote 10 files to out`, then `, removed 2 stale files` when a full compile removed some.
    public func summaryLine(out: String) -> String {
        let wrote = "wrote \(files.count) file\(files.count == 1 ? "" : "s") to \(out)"
        return removed.isEmpty ? wrote : wrote + ", removed \(removed.count) stale file\(removed.count == 1 ? "" : "s")"
    }
}

/// `rrp compile`: compiles the plan folder, and when no error was found renders every requested
/// format, writes the files atomically into the output folder, removes the stale files of a full
/// compile and writes the folder's output manifest (``OutputFolder``).
public enum PlanCompileRunner {
    /// Runs the compile. Throws ``RenderError`` for template, `--country` and file-system
    /// failures (not the author's mistakes, which are in the report).
    public static func run(_ request: CompileRequest) throws -> CompileOutcome {
        let wantsTemplates = request.render.formats.contains(where: \.usesTemplates)
        // The templates load while the plan is checked; their errors count only for a clean plan.
        let (folder, templates) = Concurrently.run({
            PlanChecker.checkFolder(InputWalk.folder(request.planDirectory), lint: request.lint, options: request.render.loadOptions(lint: request.lint))
        }, beside: {
            wantsTemplates ? Result { try TemplateSet.load(overrides: request.templates) } : nil
        })
        let compilation = folder.compilation
        var engine = DiagnosticEngine(options: request.diagnostics)
        engine.emit(contentsOf: folder.diagnostics)
        let report = CheckReport(engine: engine, sources: SourceFileTable(compilation.files.map(\.source.file)), fileCount: compilation.files.count)
        guard !engine.hasErrors, let plan = compilation.plan else { return CompileOutcome(report: report, files: [], mainHTML: nil, removed: [], warnings: []) }
        let renderer = try templates.map { PlanRenderer(templates: try $0.get(), options: request.render) }
        // An unknown `--country` stops the compile before the output folder is touched.
        _ = try renderer?.documentScopes(plan)
        // Files are written as they are rendered; `plan.json` is encoded meanwhile.
        let session = try OutputSession(directory: request.outDirectory)
        let wantsJSON = request.render.formats.contains(.json)
        let (documents, json) = Concurrently.run({
            renderer.map { r in Result { try r.render(plan, emit: session.write) } }
        }, beside: {
            wantsJSON ? Result { try session.write(OutputFile(name: "plan.json", bytes: PlanJSON.encode(plan))) } : nil
        })
        let caches = try documents?.get()
        try json?.get()
        let written = try session.finish(partial: request.render.country != nil)
        let main = written.files.first { $0.hasSuffix(".html") && (request.render.country != nil || $0.hasSuffix("/regional.html")) }
        return CompileOutcome(report: report, files: written.files, mainHTML: main, removed: written.removed, warnings: written.warnings, retained: [folder, caches])
    }
}
