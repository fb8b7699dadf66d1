import PlanCompiler
import PlanDiagnostics
import PlanLint
import PlanSyntax

/// `rrp lint`: the agency-neutral language rules alone, with baselines and changed lines.
public enum LintRunner {
    /// What the user asked of `rrp lint` beyond the paths.
    public struct Request: Sendable {
        public var paths: [String]
        public var options: DiagnosticOptions
        /// Report only findings that are not in this baseline file.
        public var baseline: String?
        /// Record today's findings in this file instead of failing on them.
        public var writeBaseline: String?
        /// Report only findings on lines changed since this git ref.
        public var changedSince: String?

        public init(paths: [String], options: DiagnosticOptions = DiagnosticOptions(), baseline: String? = nil, writeBaseline: String? = nil, changedSince: String? = nil) {
            self.paths = paths
            self.options = options
            self.baseline = baseline
            self.writeBaseline = writeBaseline
            self.changedSince = changedSince
        }
    }

    /// A problem with the request itself (unknown git ref, unreadable baseline): exit status 2.
    public struct RequestError: Error, CustomStringConvertible, Sendable {
        public var description: String
    }

    /// The report, and for `--write-baseline` how many findings were recorded.
    public struct Outcome: Sendable {
        public var report: CheckReport
        public var baselineEntries: Int?
        /// The compiled plans the findings came from (their chapters' trees), kept with the
        /// outcome so that a caller that exits right after printing, as `rrp lint` does, need
        /// not spend time freeing them (as ``CompileOutcome/retained``).
        public var retained: [any Sendable] = []
    }

    public static func run(_ request: Request) throws(RequestError) -> Outcome {
        // The linter's knowledge is built while the files are read and the plan is resolved.
        PlanLinting.prepareKnowledgeInBackground()
        var (findings, files, retained) = lintAll(request.paths)
        if let ref = request.changedSince {
            do {
                findings = try ChangedLines.since(ref).filter(findings)
            } catch {
                throw RequestError(description: "--changed-since \(ref): \(error)")
            }
        }
        var recorded: Int?
        if let path = request.writeBaseline {
            let languageFindings = findings.filter { !Self.preventsLinting($0) }
            do {
                try LintBaseline(diagnostics: languageFindings, sources: files).write(to: path)
            } catch {
                throw RequestError(description: "--write-baseline \(path): \(error)")
            }
            recorded = languageFindings.count
            findings = findings.filter(Self.preventsLinting)
        } else if let path = request.baseline {
            do {
                findings = try LintBaseline.read(from: path).filter(findings, sources: files)
            } catch {
                throw RequestError(description: "--baseline \(path): \(error)")
            }
        }
        var engine = DiagnosticEngine(options: request.options)
        engine.emit(contentsOf: consume findings)
        return Outcome(report: CheckReport(engine: consume engine, sources: SourceFileTable(files), fileCount: files.count), baselineEntries: recorded, retained: retained)
    }

    /// Reads and lints every path: the findings, the files read and the compiled plans.
    private static func lintAll(_ paths: [String]) -> (findings: [Diagnostic], files: [SourceFile], compilations: [any Sendable]) {
        var findings: [Diagnostic] = []
        var files: [SourceFile] = []
        var compilations: [any Sendable] = []
        for item in InputWalk.items(paths) {
            switch item {
            case .folder(let folder):
                // Resolved by the compiler, so that each chapter is linted in the language the
                // plan gives it; the chapters' plan data is not read (only io and syntax
                // problems are reported here, and they come before the schema). Of the bodies,
                // only the prose the linter reads is built (``LoadOptions/proseOnly``).
                let compilation = PlanCompiler.compile(folder: folder, parser: FrontMatterParser.parseIdentity, options: LoadOptions(proseOnly: true), resolveOnly: true)
                findings += compilation.diagnostics.filter(Self.preventsLinting)
                Self.append(PlanLinting.lint(compilation), to: &findings)
                files += compilation.files.map(\.source.file)
                compilations.append(compilation)
            case .file(let input):
                findings += input.diagnostics
                guard let file = input.file else { continue }
                let (chapter, diagnostics) = ChapterSource.read(file)
                findings += diagnostics.filter(Self.preventsLinting)
                findings += PlanLinting.lint(file: chapter)
                files.append(file)
            }
        }
        return (findings, files, compilations)
    }

    /// Appends `more` to `findings`, taking the array as it is when there is nothing before it.
    private static func append(_ more: consuming [Diagnostic], to findings: inout [Diagnostic]) {
        if findings.isEmpty { findings = more } else { findings += more }
    }

    /// Reading problems that keep a file from being linted: always reported.
    static func preventsLinting(_ diagnostic: Diagnostic) -> Bool {
        diagnostic.id.family == "io" || diagnostic.id.family == "syntax"
    }
}
