import Foundation
import ZIPFoundation

/// A user's reference Word document (`--reference-doc FILE.docx`), as pandoc's: its styles
/// (fonts, colours, spacing of Normal, Title, Heading 1...) replace the built-in ones. A style
/// the documents use that the reference lacks is added from the built-in styles, so every
/// paragraph keeps a style. Its page size and margins (its last section's) replace A4 with 2 cm
/// margins, and tables and charts fit between its margins. Its page header and footer are taken
/// too when they are simple (text and pictures: a logo; see ``DocxReferenceHeader``), with the
/// running header line added to the header and the page number to a footer that has none.
public struct DocxReference: Sendable, Hashable {
    /// The reference document's `word/styles.xml`.
    public var styles: String
    /// Its page header with its logo, when it is simple enough to take (``DocxReferenceHeader``).
    public var header: DocxReferenceHeader?
    /// Its page footer, when it is simple enough to take.
    public var footer: DocxReferenceHeader?
    /// Its page size and margins; `nil` when its last section gives no usable page size.
    public var page: DocxPageSetup?

    public init(styles: String, header: DocxReferenceHeader? = nil, footer: DocxReferenceHeader? = nil, page: DocxPageSetup? = nil) {
        self.styles = styles
        self.header = header
        self.footer = footer
        self.page = page
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
        // A header, footer or page that cannot be read is left out, like one that is not simple.
        let entry = { (name: String) in try DocxArchive.entry(name, in: archive) }
        let header = try? DocxReferenceHeader.read(.header, entry)
        let footer = try? DocxReferenceHeader.read(.footer, entry)
        let page = (try? entry("word/document.xml")).flatMap { $0 }.flatMap { DocxPageSetup.last(in: String(decoding: $0, as: UTF8.self)) }
        return DocxReference(styles: text, header: header ?? nil, footer: footer ?? nil, page: page)
    }

    /// The reference styles with each built-in style they lack (by style ID) added, and their
    /// headings numbered as the built-in ones (``numberingHeadings(_:)``).
    func merged(with builtIn: String) -> String {
        let styles = Self.numberingHeadings(styles)
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
