/// The relationships of `word/document.xml`: the fixed parts (styles, settings, numbering,
/// header, footer) first, then each hyperlink target (once per address) and each chart, in the
/// order the body first uses them, so the same document always gets the same IDs.
struct DocxRelationships {
    struct Entry: Equatable {
        var id: String
        var type: String
        var target: String
        var external: Bool
    }

    private(set) var entries: [Entry] = []
    /// The number of each link target's relationship (its ID is `rId` and the number).
    private var hyperlinks: [LinkTarget: Int] = [:]

    /// The fixed parts, `rId1`...`rId5`.
    init() {
        for (type, target) in [
            (DocxNamespace.Relationship.styles, "styles.xml"), (DocxNamespace.Relationship.settings, "settings.xml"),
            (DocxNamespace.Relationship.numbering, "numbering.xml"), (DocxNamespace.Relationship.header, "header1.xml"),
            (DocxNamespace.Relationship.footer, "footer1.xml"),
        ] {
            _ = add(type: type, target: target, external: false)
        }
    }

    static let headerID = "rId4"
    static let footerID = "rId5"

    /// The number of the relationship of an external link to `target` (one relationship per
    /// address): its ID is `rId` and the number.
    mutating func hyperlink(_ target: LinkTarget) -> Int {
        if let number = hyperlinks[target] { return number }
        _ = add(type: DocxNamespace.Relationship.hyperlink, target: target.uri, external: true)
        hyperlinks[target] = entries.count
        return entries.count
    }

    /// The ID of a new relationship to the part at `target` (relative to `word/`).
    mutating func add(type: String, target: String, external: Bool = false) -> String {
        let id = "rId\(entries.count + 1)"
        entries.append(Entry(id: id, type: type, target: target, external: external))
        return id
    }

    /// Whether a URI holds `byte` as it is: an ASCII letter or digit, or one of
    /// `-_.!~*'();/?:@&=+$,%#`.
    @inline(__always)
    static func isURIByte(_ byte: UInt8) -> Bool {
        switch byte {
        case 33, 35...59, 61, 63...90, 95, 97...122, 126: true
        default: false
        }
    }

    /// A link destination as a URI, as cmark's HTML writes it: bytes outside the characters URIs
    /// allow (spaces, non-ASCII letters, quotes...) percent-encoded, `%` left as written. Word
    /// refuses a document whose link target is not a URI.
    static func uri(_ address: String) -> String {
        guard address.containsUTF8Byte(where: { !isURIByte($0) }) else { return address }
        var out = ""
        for byte in address.utf8 {
            if isURIByte(byte) {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return out
    }

    /// `word/_rels/document.xml.rels`, as the writer that holds it (no `String` of the part).
    var part: XMLWriter { Self.part(entries) }

    /// A relationships part listing `entries`.
    static func xml(_ entries: [Entry]) -> String { part(entries).text }

    /// A relationships part listing `entries`, written piece by piece (a regional document
    /// has thousands of links: the attribute lists cost about 2,700 instructions an entry).
    static func part(_ entries: [Entry]) -> XMLWriter {
        var w = XMLWriter()
        w.open("Relationships", ["xmlns": DocxNamespace.packageRelationships])
        for e in entries {
            w.raw("<Relationship Id=\"")
            w.attributeValue(e.id)
            w.raw("\" Type=\"")
            w.attributeValue(e.type)
            w.raw("\" Target=\"")
            w.attributeValue(e.target)
            w.raw(e.external ? "\" TargetMode=\"External\"/>" : "\"/>")
        }
        w.close("Relationships")
        return w
    }
}
