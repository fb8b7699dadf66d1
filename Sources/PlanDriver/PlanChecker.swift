import Foundation
import PlanCompiler
import PlanDiagnostics
import PlanSyntax

/// `rrp check`: reads every chapter named by the paths in one process and reports every
/// diagnostic the pipeline finds, language rules included.
///
/// A folder is a plan folder: it is compiled as a whole (registries, consolidation, plan
/// checks) and linted with the plan's registry. A file is checked on its own: encoding, front
/// matter and its values, and its language.
public enum PlanChecker {
    public static func check(paths: [String], options: DiagnosticOptions = DiagnosticOptions()) -> CheckReport {
        var engine = DiagnosticEngine(options: options)
        var sources = SourceFileTable()
        var fileCount = 0
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                engine.emit(contentsOf: PathExpander.markdownFiles(in: [path]).diagnostics)
                continue
            }
            if isDirectory.boolValue {
                let folder = checkFolder(path)
                engine.emit(contentsOf: folder.diagnostics)
                for chapter in folder.compilation.chapters { sources.add(chapter.file) }
                fileCount += folder.compilation.chapters.count
            } else {
                fileCount += 1
                let (chapter, diagnostics) = ChapterSource.load(path: path)
                engine.emit(contentsOf: diagnostics)
                guard let chapter else { continue }
                sources.add(chapter.file)
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

    /// Compiles the plan folder at `path` and, with `lint`, lints its chapters with the plan's
    /// registry. `options` says what to compute beyond the syntax trees (`rrp compile`'s needs).
    public static func checkFolder(_ path: String, lint: Bool = true, options: LoadOptions = LoadOptions()) -> FolderCheck {
        let (planSources, loadDiagnostics) = PlanLoader.load(directory: path, options: options)
        let compilation = PlanCompiler.compile(planSources, diagnostics: loadDiagnostics)
        let findings = lint ? PlanLinting.lint(planSources) : []
        return FolderCheck(compilation: compilation, diagnostics: compilation.diagnostics + findings)
    }
}
