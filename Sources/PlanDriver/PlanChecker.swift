import PlanCompiler
import PlanDiagnostics
import PlanSyntax

/// `rrp check`: reads every chapter named by the paths in one process and reports every
/// diagnostic the pipeline finds, language rules included.
///
/// Paths are read by ``InputWalk``. A folder is a plan folder: it is compiled as a whole
/// (registries, consolidation, plan checks) and linted with the plan's registry. A file is
/// checked on its own: encoding, front matter and its values, and its language.
public enum PlanChecker {
    /// With `forPublication`, every chapter of a plan folder that is not cleared is an error
    /// (`clearance.not-cleared`).
    public static func check(paths: [String], options: DiagnosticOptions = DiagnosticOptions(), forPublication: Bool = false) -> CheckReport {
        var engine = DiagnosticEngine(options: options)
        var sources = SourceFileTable()
        var fileCount = 0
        for item in InputWalk.items(paths) {
            switch item {
            case .folder(let input):
                let folder = checkFolder(input, forPublication: forPublication)
                engine.emit(contentsOf: folder.diagnostics)
                for file in folder.compilation.files { sources.add(file.source.file) }
                for file in folder.compilation.dataFiles { sources.add(file) }
                fileCount += folder.compilation.files.count
            case .file(let input):
                fileCount += 1
                engine.emit(contentsOf: input.diagnostics)
                guard let file = input.file else { continue }
                let (chapter, diagnostics) = ChapterSource.read(file)
                engine.emit(contentsOf: diagnostics)
                sources.add(file)
                engine.emit(contentsOf: FrontMatterParser.parse(chapter).diagnostics)
                engine.emit(contentsOf: PlanLinting.lint(file: chapter))
            }
        }
        return CheckReport(engine: engine, sources: sources, fileCount: fileCount)
    }

    /// A plan folder compiled and linted: the compilation, and its diagnostics with the
    /// language findings added.
    public struct FolderCheck: Sendable {
        public var compilation: PlanCompilation
        public var diagnostics: [Diagnostic]
    }

    /// Compiles a plan folder and, with `lint`, lints its chapters with the plan's registry, each
    /// in the language the compiled plan gives it. `options` says what to compute beyond the
    /// syntax trees (`rrp compile`'s needs); `funding` and `progress` add funding and indicator-result
    /// files to the plan's own;
    /// `forPublication` adds the clearance check.
    public static func checkFolder(
        _ folder: InputFolder, lint: Bool = true, options: LoadOptions = LoadOptions(), funding: FundingInputs = FundingInputs(),
        progress: ProgressInputs = ProgressInputs(), forPublication: Bool = false
    ) -> FolderCheck {
        if lint { PlanLinting.prepareKnowledgeInBackground() }
        let compilation = PlanCompiler.compile(folder: folder, options: options, funding: funding, progress: progress)
        let findings = lint ? PlanLinting.lint(compilation) : []
        let clearance = forPublication ? ClearanceCheck.findings(compilation.files) : []
        return FolderCheck(compilation: compilation, diagnostics: compilation.diagnostics + findings + clearance)
    }
}
