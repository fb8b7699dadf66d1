import PlanDiagnostics

/// A file named on the command line after the input walk.
public struct InputFile: Sendable {
    /// The path as the user spelled it.
    public var path: String
    /// The decoded file; `nil` when it could not be read or decoded (`diagnostics` says why).
    public var file: SourceFile?
    /// The `io.*` or `syntax.invalid-utf8` error that kept the file from being read, if any.
    public var diagnostics: [Diagnostic]
}
