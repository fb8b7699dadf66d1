/// The page header of a reference document (`--reference-doc`), when it is simple enough to
/// take: the default header of its last section, whose only relationships are pictures (a
/// logo). The Word documents then show that header with their running header line added under
/// it; any other header (fields pointing elsewhere, embedded objects, links) is left out and the
/// built-in header is used.
public struct DocxReferenceHeader: Sendable, Hashable {
    /// The header part's XML.
    var xml: String
    /// Its pictures: the relationship ID the XML uses, the file extension and the bytes.
    var pictures: [Picture]

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

    /// The header with `line` (the running header paragraph's XML) added at its end.
    func xml(adding line: String) -> String {
        guard let close = xml.range(of: "</w:hdr>", options: .backwards) else { return xml }
        return xml.replacingCharacters(in: close, with: line + "</w:hdr>")
    }

    /// The picture's part name in the package, `word/media/reference-ID.ext`.
    func partName(_ picture: Picture) -> String { "media/reference-\(picture.id).\(picture.fileExtension)" }

    /// Reads the default header of `parts` (a reference document's entries); `nil` when there
    /// is none or it is not simple.
    static func read(_ entry: (String) throws -> [UInt8]?) throws -> DocxReferenceHeader? {
        guard let document = try entry("word/document.xml").map({ String(decoding: $0, as: UTF8.self) }),
              let rels = try entry("word/_rels/document.xml.rels").map({ String(decoding: $0, as: UTF8.self) }) else { return nil }
        // The last section's default header (the one Word shows on ordinary pages).
        guard let reference = elements("w:headerReference", in: document).last(where: { attribute("w:type", $0) == "default" }),
              let id = attribute("r:id", reference),
              let target = relationships(rels).first(where: { $0.id == id })?.target,
              !target.contains(".."), !target.hasPrefix("/"),
              let header = try entry("word/" + target).map({ String(decoding: $0, as: UTF8.self) }), header.contains("</w:hdr>") else { return nil }
        var pictures: [Picture] = []
        if let headerRels = try entry("word/_rels/" + target + ".rels").map({ String(decoding: $0, as: UTF8.self) }) {
            for r in relationships(headerRels) {
                let ext = String(r.target.split(separator: ".").last ?? "").lowercased()
                guard r.type.hasSuffix("/image"), !r.external, !r.target.contains(".."), !r.target.hasPrefix("/"), pictureTypes[ext] != nil,
                      r.id.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }),
                      let bytes = try entry("word/" + r.target) else { return nil }
                pictures.append(Picture(id: r.id, fileExtension: ext == "jpg" ? "jpeg" : ext, bytes: bytes))
            }
        }
        return DocxReferenceHeader(xml: header, pictures: pictures)
    }

    /// `<name .../>` or `<name ...>` start tags in `xml`.
    private static func elements(_ name: String, in xml: String) -> [Substring] {
        xml.components(separatedBy: "<" + name + " ").dropFirst().map { $0.prefix { $0 != ">" } }
    }

    private static func attribute(_ name: String, _ tag: Substring) -> String? {
        guard let start = tag.range(of: name + "=\"") else { return nil }
        return String(tag[start.upperBound...].prefix { $0 != "\"" })
    }

    private static func relationships(_ xml: String) -> [(id: String, type: String, target: String, external: Bool)] {
        elements("Relationship", in: xml).compactMap { tag in
            guard let id = attribute("Id", tag), let type = attribute("Type", tag), let target = attribute("Target", tag) else { return nil }
            return (id, type, target, attribute("TargetMode", tag) == "External")
        }
    }
}
