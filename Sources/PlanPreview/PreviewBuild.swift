import PlanDiagnostics

/// One in-memory compile of the plan folder: the HTML documents when the plan has no error,
/// otherwise the diagnostics to show instead.
public struct PreviewBuild: Sendable {
    /// The HTML documents by file name (`regional.html`, `country-TCD.html`...); empty when the
    /// plan has an error.
    public var documents: [String: [UInt8]]
    /// The document served at `/`: the regional one (a country plan's own document).
    public var mainDocument: String?
    /// Every diagnostic, in presentation order.
    public var diagnostics: [Diagnostic]
    /// The source lines, to quote a diagnostic's line.
    public var sources: any SourceLines
    /// Why nothing could be rendered although the plan has no error (a template that does
    /// not compile, say); `nil` otherwise.
    public var renderFailure: String?
    /// The language of the plan (or `--language`), for the preview's own pages.
    public var language: String
    /// Files read besides the chapters (funding files), watched for changes.
    public var otherInputs: [String]
    /// How many files were read.
    public var fileCount: Int

    public init(documents: [String: [UInt8]], mainDocument: String?, diagnostics: [Diagnostic], sources: any SourceLines, renderFailure: String? = nil,
                language: String, otherInputs: [String] = [], fileCount: Int) {
        self.documents = documents
        self.mainDocument = mainDocument
        self.diagnostics = diagnostics
        self.sources = sources
        self.renderFailure = renderFailure
        self.language = language
        self.otherInputs = otherInputs
        self.fileCount = fileCount
    }

    /// Whether the documents can be shown: no error and nothing failed to render.
    public var showsDocuments: Bool { !documents.isEmpty && renderFailure == nil && !hasErrors }

    /// Whether a diagnostic is an error.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
