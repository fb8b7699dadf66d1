import PlanSyntax

/// Source files from text.
enum PlanCompilerTestFile {
    static func source(_ path: String, _ text: String) -> SourceFile { SourceFile(path: path, text: text) }
}
