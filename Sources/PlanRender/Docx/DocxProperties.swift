import PlanModel

/// The document properties Word shows under File > Info (`docProps/core.xml`): title, subject
/// (the period), language, version, and a date only when the plan gives one (its revision date),
/// so the same plan always gives the same bytes.
struct DocxProperties {
    var title: String
    var subject: String
    var language: String
    var version: String
    var date: PlanDate?

    var coreXML: String {
        var w = XMLWriter()
        w.element("cp:coreProperties", [
            "xmlns:cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
            "xmlns:dc": "http://purl.org/dc/elements/1.1/", "xmlns:dcterms": "http://purl.org/dc/terms/",
            "xmlns:dcmitype": "http://purl.org/dc/dcmitype/", "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
        ]) { w in
            w.element("dc:title", text: title)
            w.element("dc:subject", text: subject)
            w.element("dc:creator", text: "RRPKit")
            w.element("dc:language", text: language)
            if let date {
                let stamp = Self.digits(date.year, 4) + "-" + Self.digits(date.month, 2) + "-" + Self.digits(date.day ?? 1, 2) + "T00:00:00Z"
                w.element("dcterms:created", ["xsi:type": "dcterms:W3CDTF"], text: stamp)
                w.element("dcterms:modified", ["xsi:type": "dcterms:W3CDTF"], text: stamp)
            }
            w.element("cp:version", text: version)
        }
        return w.text
    }

    /// `n` with leading zeros to `width` digits.
    private static func digits(_ n: Int, _ width: Int) -> String {
        let text = String(n)
        return String(repeating: "0", count: max(width - text.count, 0)) + text
    }

    static let appXML: String = {
        var w = XMLWriter()
        w.element("Properties", ["xmlns": "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"]) { w in
            w.element("Application", text: "RRPKit")
        }
        return w.text
    }()
}
