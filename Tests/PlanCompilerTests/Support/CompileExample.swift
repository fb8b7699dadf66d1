import PlanCompiler
import PlanDiagnostics
import PlanSyntax

extension PlanCompiler {
    /// Compiles the text files of a rule example (``RuleExample``) in memory, for tests that
    /// look at the compiled plan rather than at the example's diagnostics.
    static func compile(example: String) -> PlanCompilation {
        let files = RuleExample(example).files.compactMap { file -> SourceFile? in
            guard case .text(let text) = file.kind else { return nil }
            return SourceFile(path: file.path, text: text)
        }
        return compile(files: files, folder: RuleExample.folder)
    }
}
