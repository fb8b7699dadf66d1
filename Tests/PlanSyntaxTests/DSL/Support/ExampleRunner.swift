import PlanDiagnostics
import PlanSyntax

/// Runs a DSL rule example the way a chapter is read from disk (``RuleExample/bytes(of:)``):
/// decoding, front-matter location, then the parser.
enum ExampleRunner {
    static func diagnostics(of example: String, path: String = "example.md") -> [Diagnostic] {
        let bytes = RuleExample.bytes(of: example)
        let (file, decodeDiagnostics) = SourceFile.decode(path: path, bytes: bytes)
        guard let file else { return decodeDiagnostics }
        let (chapter, locateDiagnostics) = ChapterSource.read(file)
        return locateDiagnostics + FrontMatterParser.parse(chapter).diagnostics
    }
}
