import PlanDiagnostics
import PlanModel
import PlanSyntax

/// The result of compiling a plan folder: the typed, consolidated plan (when the plan file could
/// be read), every file read, and every diagnostic in presentation order.
public struct PlanCompilation: Sendable {
    /// `nil` when there is no usable plan file. Present even when there are errors (best effort):
    /// callers that emit output check ``hasErrors`` first.
    public var plan: Plan?
    /// Every Markdown file read, in path order (for the linter and renderers that need bodies).
    public var chapters: [ChapterSource]
    /// Sorted with ``Diagnostic/presentationOrder(_:_:)``, duplicates removed.
    public var diagnostics: [Diagnostic]

    public init(plan: Plan?, chapters: [ChapterSource], diagnostics: [Diagnostic]) {
        self.plan = plan
        self.chapters = chapters
        self.diagnostics = diagnostics
    }

    /// Whether any diagnostic is an error (then `rrp compile` emits nothing).
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
