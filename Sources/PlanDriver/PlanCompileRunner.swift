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

/// What `rrp compile` did: the diagnostics, and the files written (none when there were errors).
public struct CompileOutcome: Sendable {
    /// Every diagnostic of the compile, with the source lines to quote.
    public var report: CheckReport
    /// Full paths of every output file, sorted (written or already up to date).
    public var files: [String]
    /// The main HTML document (`regional.html`, or the `--country` one), if HTML was emitted.
    public var mainHTML: String?
}

/// `rrp compile`: compiles the plan folder, and when no error was found renders every requested
/// format and writes the files atomically into the output folder.
public enum PlanCompileRunner {
    /// Runs the compile. Throws ``RenderError`` for template, `--country` and file-system
    /// failures (not the author's mistakes, which are in the report).
    public static func run(_ request: CompileRequest) throws -> CompileOutcome {
        let folder = PlanChecker.checkFolder(request.planDirectory, lint: request.lint, options: request.render.loadOptions)
        let compilation = folder.compilation
        var engine = DiagnosticEngine(options: request.diagnostics)
        engine.emit(contentsOf: folder.diagnostics)
        let report = CheckReport(engine: engine, sources: SourceFileTable(compilation.chapters.map(\.file)), fileCount: compilation.chapters.count)
        guard !engine.hasErrors, let plan = compilation.plan else { return CompileOutcome(report: report, files: [], mainHTML: nil) }
        var outputs: [OutputFile] = []
        if request.render.formats.contains(where: \.usesTemplates) {
            let templates = try TemplateSet.load(overrides: request.templates)
            outputs = try PlanRenderer(templates: templates, options: request.render).render(plan)
        }
        if request.render.formats.contains(.json) { outputs.append(OutputFile(name: "plan.json", bytes: PlanJSON.encode(plan))) }
        do {
            try FileManager.default.createDirectory(atPath: request.outDirectory, withIntermediateDirectories: true)
        } catch {
            throw RenderError.write(path: request.outDirectory, reason: "cannot create the output folder")
        }
        var written: [String] = []
        for file in outputs.sorted(by: { $0.name < $1.name }) {
            let path = (request.outDirectory as NSString).appendingPathComponent(file.name)
            try AtomicWriter.write(file.bytes, to: path)
            written.append(path)
        }
        let main = written.first { $0.hasSuffix(".html") && (request.render.country != nil || $0.hasSuffix("/regional.html")) }
        return CompileOutcome(report: report, files: written, mainHTML: main)
    }
}
