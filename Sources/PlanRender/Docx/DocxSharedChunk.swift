import Foundation

/// A run of `word/document.xml` bytes that several documents of a compile hold unchanged (a
/// chapter converted once, ``DocxNarrativeCache``), deflated once for all of them: deflated with
/// no history, ending on a byte boundary (a sync flush), its bytes can be spliced into any
/// document's deflate stream, and its CRC-32 combined with the rest (``DocxZipWriter``).
/// Deflating a country's chapters once instead of in the regional document and again in the
/// country's was most of a large plan's Word compression.
final class DocxSharedChunk: @unchecked Sendable {
    /// The chunk's XML.
    let bytes: ArraySlice<UInt8>
    private let lock = NSLock()
    private var deflated: (bytes: [UInt8], crc: UInt)?

    /// A run shorter than this is written in each document: deflated alone, without the history
    /// before it, it would compress worse, and it is cheap to deflate again.
    static let minimumSize = 8192

    init(_ bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
    }

    /// The chunk deflated (see above) and its CRC-32, computed by the first caller.
    func compressed(_ deflate: (ArraySlice<UInt8>) throws -> (bytes: [UInt8], crc: UInt)) rethrows -> (bytes: [UInt8], crc: UInt) {
        try lock.withLock {
            if let deflated { return deflated }
            let made = try deflate(bytes)
            deflated = made
            return made
        }
    }

    /// Where a document's part holds a chunk: the byte range it takes.
    struct Placement: Equatable, Sendable {
        var range: Range<Int>
        var chunk: DocxSharedChunk

        static func == (a: Placement, b: Placement) -> Bool { a.range == b.range && a.chunk === b.chunk }
    }
}
