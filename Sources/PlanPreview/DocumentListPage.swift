import PlanRender

/// The page for a path that names no document: the documents the plan has, as links.
public enum DocumentListPage {
    /// The page, in `language`, listing `names` (sorted), marked with `version`.
    public static func render(names: [String], language: String, version: String) -> [UInt8] {
        let labels = PreviewLabels.labels(language)
        var body = "<h1>\(HTMLEscape.escape(labels["preview.documents"]))</h1>\n"
        body += "<p>\(HTMLEscape.escape(labels["preview.notFound"]))</p>\n<ul>\n"
        for name in names.sorted() {
            let escaped = HTMLEscape.escape(name)
            body += "<li><a href=\"/\(escaped)\">\(escaped)</a></li>\n"
        }
        body += "</ul>\n"
        return PreviewPage.html(title: labels["preview.documents"], language: language, body: body, version: version)
    }
}
