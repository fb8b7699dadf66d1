import PlanDiagnostics
import PlanSyntax

/// `rrp check`: reads every chapter named by the paths in one process and reports every
/// diagnostic the pipeline finds.
public enum PlanChecker {
    public static func check(paths: [String], options: DiagnosticOptions = DiagnosticOptions()) -> CheckReport {
        var engine = DiagnosticEngine(options: options)
        var sources = SourceLineTable()
        let (files, pathDiagnostics) = PathExpander.markdownFiles(in: paths)
        engine.emit(contentsOf: pathDiagnostics)
        for path in files {
            let (chapter, diagnostics) = ChapterSource.load(path: path)
            engine.emit(contentsOf: diagnostics)
            guard let chapter else { continue }
            sources.add(file: path, lines: chapter.file.lines)
            engine.emit(contentsOf: FrontMatterParser.parse(chapter).diagnostics)
        }
        return CheckReport(engine: engine, sources: sources, fileCount: files.count)
    }
}
