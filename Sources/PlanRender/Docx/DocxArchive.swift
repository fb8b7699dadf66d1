import Foundation
import ZIPFoundation

/// The ZIP container of a Word document, written in memory by ``DocxZipWriter`` (ISA-L): the
/// parts in the package's fixed order, each deflated, every entry dated 1980-01-01 00:00 (the
/// earliest date ZIP can hold) with mode 0644, so the same document gives the same bytes on every
/// run and machine (with the same ISA-L). ZIPFoundation reads reference documents and, in
/// the tests, the documents written.
enum DocxArchive {
    /// The date of every entry.
    static let entryDate = Date(timeIntervalSince1970: 315_532_800)

    /// The ZIP file of `parts`; `deflated` holds the parts of the compile deflated before
    /// (``DocxDeflateCache``).
    static func zip(_ parts: [DocxPackage.Part], deflated: DocxDeflateCache? = nil) throws -> [UInt8] {
        do {
            return try DocxZipWriter.zip(parts, cache: deflated)
        } catch {
            throw RenderError.documentArchive("\(error)")
        }
    }

    /// The bytes of the entry `path` of the ZIP file at `url`; `nil` when it has none.
    static func entry(_ path: String, in archive: Archive) throws -> [UInt8]? {
        guard let entry = archive[path] else { return nil }
        var bytes: [UInt8] = []
        _ = try archive.extract(entry, skipCRC32: false) { bytes += $0 }
        return bytes
    }

    /// The entries of a ZIP file in memory, in the archive's order, with their bytes and dates.
    static func entries(of bytes: [UInt8]) throws -> [(name: String, date: Date?, bytes: [UInt8])] {
        let archive = try Archive(data: Data(bytes), accessMode: .read)
        return try archive.map { entry in
            var content: [UInt8] = []
            _ = try archive.extract(entry, skipCRC32: false) { content += $0 }
            return (entry.path, entry.fileAttributes[.modificationDate] as? Date, content)
        }
    }
}
