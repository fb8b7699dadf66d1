/// The page header or footer of a reference document (`--reference-doc`), when it is simple
/// enough to take: the default one of its last section, whose only relationships are pictures
/// (a logo). The Word documents then show that header with their running header line added
/// under it, and that footer (with the page number added when it has none); any other header or
/// footer (fields pointing elsewhere, embedded objects, links) is left out and the built-in one
/// is used.
public struct DocxReferenceHeader: Sendable, Hashable {
    /// A header (`w:hdr`) or a footer (`w:ftr`).
    public enum Kind: String, Sendable, Hashable {
        case header, footer

        /// The section's reference to it (`w:headerReference`).
        var reference: String { "w:\(rawValue)Reference" }
        /// The part's closing tag.
        var closingTag: String { self == .header ? "</w:hdr>" : "</w:ftr>" }
    }

    /// The part's XML.
    var xml: String
    /// Its pictures: the relationship ID the XML uses, the file extension and the bytes.
    var pictures: [Picture]
    var kind: Kind = .header

    struct Picture: Sendable, Hashable {
        var id: String
        var fileExtension: String
        var bytes: [UInt8]
    }

    /// The content types of the picture formats taken.
    static let pictureTypes = [
        "png": "image/png", "jpeg": "image/jpeg", "jpg": "image/jpeg", "gif": "image/gif",
        "emf": "image/x-emf", "wmf": "image/x-wmf", "svg": "image/svg+xml",
    ]

    /// The part with `line` (a paragraph's XML) added at its end.
    func xml(adding line: String) -> String {
        guard let close = xml.range(of: kind.closingTag, options: .backwards) else { return xml }
        return xml.replacingCharacters(in: close, with: line + kind.closingTag)
    }

    /// Whether the part shows the page number (a `PAGE` field).
    var hasPageNumber: Bool {
        xml.contains(" PAGE ") || xml.contains("w:instr=\"PAGE") || xml.contains("w:instr=\" PAGE")
    }

    /// The part's name in the package: `header1.xml` or `footer1.xml`.
    var partName: String { "\(kind.rawValue)1.xml" }

    /// The picture's part name in the package, `word/media/reference-ID.ext` for the header's
    /// (`reference-footer-ID.ext` for the footer's).
    func partName(_ picture: Picture) -> String {
        "media/reference-\(kind == .header ? "" : "footer-")\(picture.id).\(picture.fileExtension)"
    }

    /// Reads the default header (or footer) of `parts` (a reference document's entries); `nil`
    /// when there is none or it is not simple.
    static func read(_ kind: Kind = .header, _ entry: (String) throws -> [UInt8]?) throws -> DocxReferenceHeader? {
        guard let document = try entry("word/document.xml").map({ String(decoding: $0, as: UTF8.self) }),
              let rels = try entry("word/_rels/document.xml.rels").map({ String(decoding: $0, as: UTF8.self) }) else { return nil }
        // The last section's default one (the one Word shows on ordinary pages).
        guard let reference = DocxXMLScan.startTags(kind.reference, in: Substring(document)).last(where: { DocxXMLScan.attribute("w:type", $0) == "default" }),
              let id = DocxXMLScan.attribute("r:id", reference),
              let target = relationships(rels).first(where: { $0.id == id })?.target,
              !target.contains(".."), !target.hasPrefix("/"),
              let part = try entry("word/" + target).map({ String(decoding: $0, as: UTF8.self) }), part.contains(kind.closingTag) else { return nil }
        var pictures: [Picture] = []
        if let partRels = try entry("word/_rels/" + target + ".rels").map({ String(decoding: $0, as: UTF8.self) }) {
            for r in relationships(partRels) {
                let ext = String(r.target.split(separator: ".").last ?? "").lowercased()
                guard r.type.hasSuffix("/image"), !r.external, !r.target.contains(".."), !r.target.hasPrefix("/"), pictureTypes[ext] != nil,
                      r.id.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }),
                      let bytes = try entry("word/" + r.target) else { return nil }
                pictures.append(Picture(id: r.id, fileExtension: ext == "jpg" ? "jpeg" : ext, bytes: bytes))
            }
        }
        return DocxReferenceHeader(xml: part, pictures: pictures, kind: kind)
    }

    private static func relationships(_ xml: String) -> [(id: String, type: String, target: String, external: Bool)] {
        DocxXMLScan.startTags("Relationship", in: Substring(xml)).compactMap { tag in
            guard let id = DocxXMLScan.attribute("Id", tag), let type = DocxXMLScan.attribute("Type", tag),
                  let target = DocxXMLScan.attribute("Target", tag) else { return nil }
            return (id, type, target, DocxXMLScan.attribute("TargetMode", tag) == "External")
        }
    }
}
