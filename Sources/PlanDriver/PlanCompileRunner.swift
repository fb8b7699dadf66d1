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
    /// `--for-publication`: a chapter that is not cleared is an error, and nothing is written.
    public var forPublication: Bool = false
    /// How long to wait for another compile into the same folder to finish before failing with
    /// `io.locked`.
    public var lockWait: Duration
    /// `--funding FILE...`: funding files read beside those the plan file names.
    public var funding: [String]
    /// `--reference-doc FILE.docx`: the Word documents take their styles from this file
    /// (read before the plan is checked; see ``DocxReference``).
    public var referenceDocument: String?
    /// `--progress FILE...`: indicator-result files read beside those the plan file names.
    public var progress: [String] = []
    /// Called once when the compile has to wait for another one (`rrp` says so).
    public var waiting: (@Sendable () -> Void)?

    public init(planDirectory: String, outDirectory: String, render: RenderOptions = RenderOptions(), templates: String? = nil, diagnostics: DiagnosticOptions = DiagnosticOptions(), lint: Bool = false,
                lockWait: Duration = OutputSession.defaultLockWait, funding: [String] = [], waiting: (@Sendable () -> Void)? = nil) {
        self.funding = funding
        self.planDirectory = planDirectory
        self.outDirectory = outDirectory
        self.render = render
        self.templates = templates
        self.diagnostics = diagnostics
        self.lint = lint
        self.lockWait = lockWait
        self.waiting = waiting
    }
}

/// What `rrp compile` did: the diagnostics, and the files written and removed (none when there
/// were errors, or when the output folder could not be written).
public struct CompileOutcome: Sendable {
    /// Every diagnostic of the compile, with the source lines to quote.
    public var report: CheckReport
    /// Full paths of every output file, sorted (written or already up to date).
    public var files: [String]
    /// The main HTML document (`regional.html`, or the `--country` one), if HTML was emitted.
    public var mainHTML: String?
    /// Full paths of the stale files removed (a full compile only; see ``OutputFolder``), sorted.
    public var removed: [String]
    /// Stale files kept, an untrusted output manifest, what an interrupted compile left (not
    /// plan diagnostics).
    public var warnings: [OutputWarning]
    /// Why the output folder could not be updated (its `io.*` diagnostic is in the report).
    public var outputFailure: OutputFailure?
    /// The compile's large in-memory results (the compiled plan, the loaded chapters, the render
    /// caches), kept with the outcome: a caller that exits right after the compile, as `rrp`
    /// does, need not spend time freeing them; dropping the outcome frees them.
    public var retained: [any Sendable] = []

    /// `wrote 10 files to out`, then `, removed 2 stale files` when a full compile removed some;
    /// the failure's closing line when the output folder could not be updated.
    public func summaryLine(out: String) -> String {
        if let outputFailure { return outputFailure.closingLine(out: out) }
        let wrote = "wrote \(files.count) file\(files.count == 1 ? "" : "s") to \(out)"
        return removed.isEmpty ? wrote : wrote + ", removed \(removed.count) stale file\(removed.count == 1 ? "" : "s")"
    }
}

/// `rrp compile`: compiles the plan folder, and when no error was found renders every requested
/// format, writes the files atomically into the output folder, removes the stale files of a full
/// compile and writes the folder's output manifest (``OutputSession``).
public enum PlanCompileRunner {
    /// Starts reading the plan folder at `planDirectory` on another thread (``FolderReadAhead``):
    /// a compile of that same folder then takes what was read instead of reading it again. The
    /// built-in heading matchers are built meanwhile (``PlanCompiler/prepareInBackground()``).
    public static func readAhead(planDirectory: String) {
        FolderReadAhead.start(planDirectory)
        PlanCompiler.prepareInBackground()
    }

    /// Runs the compile. Output-folder failures are `io.*` errors in the report (and
    /// ``CompileOutcome/outputFailure``); throws ``RenderError`` for template and `--country`
    /// failures (not the author's mistakes, which are in the report).
    public static func run(_ given: CompileRequest) throws -> CompileOutcome {
        var prepared = given
        // A reference document that cannot be used stops the compile before anything is read.
        if let path = given.referenceDocument { prepared.render.reference = try DocxReference.load(path) }
        let request = prepared
        let wantsTemplates = request.render.formats.contains(where: \.usesTemplates)
        // The data files need nothing from the plan: they are read and parsed while it loads
        // (and their records are kept with the outcome, as the compiled plan is, not freed).
        let funding = FundingInputs(readingAhead: request.funding, for: .funding)
        let progress = ProgressInputs(readingAhead: request.progress, for: .progress)
        // The templates load while the plan is checked; their errors count only for a clean plan.
        let (folder, templates) = Concurrently.run({
            PlanChecker.checkFolder(
                FolderReadAhead.take(request.planDirectory) ?? InputWalk.folder(request.planDirectory), lint: request.lint, options: request.render.loadOptions(lint: request.lint),
                funding: funding, progress: progress, forPublication: request.forPublication
            )
        }, beside: {
            wantsTemplates ? Result { try TemplateSet.load(overrides: request.templates) } : nil
        })
        let compilation = folder.compilation
        var engine = DiagnosticEngine(options: request.diagnostics)
        engine.emit(contentsOf: folder.diagnostics)
        let report = CheckReport(engine: engine, sources: SourceFileTable(compilation.files.map(\.source.file) + compilation.dataFiles), fileCount: compilation.files.count)
        guard !engine.hasErrors, let plan = compilation.plan else { return CompileOutcome(report: report, files: [], mainHTML: nil, removed: [], warnings: []) }
        var options = request.render
        // Only `--format pdf` looks for the PDF engine; a missing one stops the compile before the
        // output folder is touched, as an unknown `--country` does.
        if options.formats.contains(.pdf) { options.pdf.engine = try PDFEngine.locate(options.pdf.engine).executable }
        let renderer = try templates.map { PlanRenderer(templates: try $0.get(), options: options) }
        _ = try renderer?.documentScopes(plan)
        var session: OutputSession?
        do {
            let output = try OutputSession(directory: request.outDirectory, lockWait: request.lockWait, waiting: request.waiting)
            session = output
            defer { output.abandon() }
            // Files are staged as they are rendered; `plan.json` is encoded meanwhile.
            let wantsJSON = request.render.formats.contains(.json)
            let (documents, json) = Concurrently.run({
                renderer.map { r in Result { try r.render(plan, emit: output.write) } }
            }, beside: {
                wantsJSON ? Result { try output.write(OutputFile(name: "plan.json", bytes: PlanJSON.encode(plan))) } : nil
            })
            let caches = try documents?.get()
            try json?.get()
            let written = try output.finish(partial: request.render.country != nil)
            let main = written.files.first { $0.hasSuffix(".html") && (request.render.country != nil || $0.hasSuffix("/regional.html")) }
            return CompileOutcome(report: report, files: written.files, mainHTML: main, removed: written.removed, warnings: written.warnings, retained: [folder, caches, funding, progress])
        } catch let error as RenderError {
            guard let failure = OutputFailure(error, session: session) else { throw error }
            engine.emit(failure.diagnostic)
            let failed = CheckReport(engine: engine, sources: report.sources, fileCount: report.fileCount)
            return CompileOutcome(report: failed, files: [], mainHTML: nil, removed: [], warnings: [], outputFailure: failure, retained: [folder])
        }
    }
}
