import Foundation
import ZIPFoundation

/// A user's reference Word document (`--reference-doc FILE.docx`), as pandoc's: its styles
/// (fonts, colours, spacing of Normal, Title, Heading 1...) replace the built-in ones. A style
/// the documents use that the reference lacks is added from the built-in styles, so every
/// paragraph keeps a style. Its page header is taken too when it is simple (text and pictures:
/// a logo; see ``DocxReferenceHeader``), with the running header line added; not its margins.
public struct DocxReference: Sendable, Hashable {
    /// The reference document's `word/styles.xml`.
    public var styles: String
    /// Its page header with its logo, when it is simple enough to take (``DocxReferenceHeader``).
    public var header: DocxReferenceHeader?

    public init(styles: String, header: DocxReferenceHeader? = nil) {
        self.styles = styles
        self.header = header
    }

    /// Reads `path`. Throws ``RenderError/referenceDocument(path:reason:)`` saying what is wrong
    /// when the file is missing, a folder, not a ZIP file, or has no Word styles part.
    public static func load(_ path: String) throws -> DocxReference {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw RenderError.referenceDocument(path: path, reason: "the file does not exist")
        }
        if isFolder.boolValue { throw RenderError.referenceDocument(path: path, reason: "it is a folder, not a .docx file") }
        let archive: Archive
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw RenderError.referenceDocument(path: path, reason: "it is not a ZIP file, so not a Word document (.docx)")
        }
        let bytes: [UInt8]?
        do {
            bytes = try DocxArchive.entry("word/styles.xml", in: archive)
        } catch {
            throw RenderError.referenceDocument(path: path, reason: "its word/styles.xml cannot be read (\(error))")
        }
        guard let bytes else {
            throw RenderError.referenceDocument(path: path, reason: "it has no word/styles.xml, so it is not a Word document (.docx); save it from Word or LibreOffice as .docx")
        }
        guard let text = String(validating: bytes, as: UTF8.self), text.contains("<w:styles"), text.contains("</w:styles>") else {
            throw RenderError.referenceDocument(path: path, reason: "its word/styles.xml is not a Word styles part in UTF-8")
        }
        // A header that cannot be read is left out, like one that is not simple.
        let header = try? DocxReferenceHeader.read { try DocxArchive.entry($0, in: archive) }
        return DocxReference(styles: text, header: header ?? nil)
    }

    /// The reference styles with each built-in style they lack (by style ID) added.
    func merged(with builtIn: String) -> String {
        var missing = ""
        var rest = Substring(builtIn)
        while let start = rest.range(of: "<w:style "), let end = rest[start.upperBound...].range(of: "</w:style>") {
            let element = rest[start.lowerBound..<end.upperBound]
            if let idStart = element.range(of: "w:styleId=\""), let idEnd = element[idStart.upperBound...].firstIndex(of: "\"") {
                let id = element[idStart.upperBound..<idEnd]
                if !styles.contains("w:styleId=\"\(id)\"") { missing += element }
            }
            rest = rest[end.upperBound...]
        }
        guard !missing.isEmpty, let close = styles.range(of: "</w:styles>", options: .backwards) else { return styles }
        return styles.replacingCharacters(in: close, with: missing + "</w:styles>")
    }
}
