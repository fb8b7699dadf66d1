import PlanRender

/// What the server shows for one build: the documents with the live-reload script, or the
/// diagnostics page while they cannot be shown; and the version that names this content (the
/// same content gives the same version, so a page reloads only when what it shows changed).
public struct PreviewContent: Sendable {
    /// A hash of what is shown (16 hex digits).
    public let version: String
    /// The documents with the script, by file name; empty while the plan has errors.
    public let pages: [String: [UInt8]]
    /// The document served at `/`.
    public let mainDocument: String?
    /// The diagnostics page, shown for every document while the plan has errors.
    public let diagnosticsPage: [UInt8]?
    /// The language of the preview's own pages.
    public let language: String

    public init(_ build: PreviewBuild) {
        language = build.language
        if build.showsDocuments {
            let hashes = build.documents.keys.sorted().map { "\($0) \(ContentHash.of(build.documents[$0]!))\n" }.joined()
            let version = ContentHash.of(Array(hashes.utf8))
            self.version = version
            pages = build.documents.mapValues { LiveReload.inject(into: $0, version: version) }
            mainDocument = build.mainDocument
            diagnosticsPage = nil
        } else {
            let version = ContentHash.of(DiagnosticsPage.render(build, version: ""))
            self.version = version
            pages = [:]
            mainDocument = nil
            diagnosticsPage = DiagnosticsPage.render(build, version: version)
        }
    }
}
