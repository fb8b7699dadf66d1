import Foundation
import PlanCompiler
import PlanDiagnostics
import PlanSyntax

/// `rrp check`: reads every chapter named by the paths in one process and reports every
/// diagnostic the pipeline finds.
///
/// A folder is a plan folder: it is compiled as a whole (registries, consolidation, plan
/// checks). A file is checked on its own: encoding, front matter and its values.
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
                let compilation = PlanCompiler.compile(directory: path)
                engine.emit(contentsOf: compilation.diagnostics)
                for chapter in compilation.chapters { sources.add(chapter.file) }
                fileCount += compilation.chapters.count
            } else {
                fileCount += 1
                let (chapter, diagnostics) = ChapterSource.load(path: path)
                engine.emit(contentsOf: diagnostics)
                guard let chapter else { continue }
                sources.add(chapter.file)
                engine.emit(contentsOf: FrontMatterParser.parse(chapter).diagnostics)
            }
        }
        return CheckReport(engine: engine, sources: sources, fileCount: fileCount)
    }
}
