/// An HTTP answer of the preview, before it goes on the wire.
public struct PreviewResponse: Sendable, Equatable {
    public var status: Int
    public var contentType: String
    public var body: [UInt8]

    public init(status: Int, contentType: String = "text/html; charset=utf-8", body: [UInt8]) {
        self.status = status
        self.contentType = contentType
        self.body = body
    }
}

/// Which page a path gets: `/` the main document (the regional one), `/NAME.html` that
/// document; while the plan has errors, the diagnostics page for both, so an open page shows
/// them and comes back when they are fixed. Any other path gets 404 with the list of documents.
/// (`/events` is answered by the server itself.)
public enum PreviewRoutes {
    public static func response(path: String, content: PreviewContent) -> PreviewResponse {
        let name = path.hasPrefix("/") ? String(path.dropFirst()) : path
        let isDocumentPath = name.isEmpty || name == "index.html" || (name.hasSuffix(".html") && !name.contains("/"))
        if let diagnostics = content.diagnosticsPage, isDocumentPath {
            return PreviewResponse(status: 200, body: diagnostics)
        }
        let wanted = name.isEmpty || name == "index.html" ? content.mainDocument : name
        if let wanted, let page = content.pages[wanted] {
            return PreviewResponse(status: 200, body: page)
        }
        return PreviewResponse(status: 404, body: DocumentListPage.render(names: Array(content.pages.keys), language: content.language, version: content.version))
    }
}
