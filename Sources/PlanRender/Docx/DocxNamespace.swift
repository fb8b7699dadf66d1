/// The namespaces and relationship types of the Office Open XML parts RRPKit writes
/// (ECMA-376, transitional).
enum DocxNamespace {
    static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let wp = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
    static let a = "http://schemas.openxmlformats.org/drawingml/2006/main"
    static let c = "http://schemas.openxmlformats.org/drawingml/2006/chart"
    static let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"
    static let contentTypes = "http://schemas.openxmlformats.org/package/2006/content-types"

    /// Relationship types.
    enum Relationship {
        static let officeDocument = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
        static let coreProperties = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
        static let extendedProperties = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties"
        static let styles = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"
        static let settings = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings"
        static let numbering = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering"
        static let header = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header"
        static let footer = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer"
        static let hyperlink = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"
        static let chart = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart"
        static let image = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"
        static let package = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/package"
    }
}
