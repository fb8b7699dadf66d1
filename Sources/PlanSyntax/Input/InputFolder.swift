import PlanDiagnostics

/// A plan folder after the input walk: every `.md` file under it read and decoded, and a
/// diagnostic for everything that could not be read, followed or decoded.
public struct InputFolder: Sendable {
    /// The folder as the user spelled it; the files' paths start with it.
    public var path: String
    /// The decoded files, in byte order of their names inside the folder (``SourceFile/name``).
    public var files: [SourceFile]
    /// One `io.*` or `syntax.invalid-utf8` error for each entry that was left out, or for the
    /// folder itself.
    public var diagnostics: [Diagnostic]
    /// Whether the folder itself could be listed. When it could not, there are no files and
    /// `diagnostics` says why: the folder is not a plan without a plan file, it is unread.
    public var isReadable: Bool

    public init(path: String, files: [SourceFile], diagnostics: [Diagnostic], isReadable: Bool = true) {
        self.path = path
        self.files = files
        self.diagnostics = diagnostics
        self.isReadable = isReadable
    }
}
