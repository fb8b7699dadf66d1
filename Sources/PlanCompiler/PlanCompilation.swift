import PlanDiagnostics
import PlanModel
import PlanSyntax

/// The result of compiling a plan folder: the typed, consolidated plan (when the plan file could
/// be read), every file read with what the plan says of it, and every diagnostic in presentation
/// order.
public struct PlanCompilation: Sendable {
    /// `nil` when there is no usable plan file. Present even when there are errors (best effort):
    /// callers that emit output check ``hasErrors`` first.
    public var plan: Plan?
    /// Every Markdown file read, in name order, with its header and language (for the linter and
    /// every command that needs a chapter's kind, place or language).
    public var files: [CompiledFile]
    /// Sorted with ``Diagnostic/presentationOrder(_:_:)``, duplicates removed.
    public var diagnostics: [Diagnostic]
    /// The funding files read (`funding: files:`, `--funding`), for quoting their lines.
    public var fundingFiles: [SourceFile]
    /// The indicator-result files read (`progress: files:`, `--progress`), for quoting their lines.
    public var progressFiles: [SourceFile] = []
    /// Every data file read beside the chapters: funding files, then progress files.
    public var dataFiles: [SourceFile] { fundingFiles + progressFiles }

    public init(plan: Plan?, files: [CompiledFile], diagnostics: [Diagnostic], fundingFiles: [SourceFile] = []) {
        self.plan = plan
        self.files = files
        self.diagnostics = diagnostics
        self.fundingFiles = fundingFiles
    }

    /// The header of the plan file, when one was read.
    public var planHeader: PlanHeader? {
        for file in files { if case .plan(let header) = file.header { return header } }
        return nil
    }

    /// Whether any diagnostic is an error (then `rrp compile` emits nothing).
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
