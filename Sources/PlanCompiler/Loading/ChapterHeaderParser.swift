import PlanDiagnostics
import PlanModel
import PlanSyntax

/// Turns a chapter's front matter into a typed ``ChapterHeader``. The compiler takes it as a
/// value so that it can be tested with headers built in Swift; ``PlanCompiler`` defaults to the
/// front-matter DSL parser.
public typealias ChapterHeaderParser = @Sendable (ChapterSource) -> (header: ChapterHeader?, diagnostics: [Diagnostic])
