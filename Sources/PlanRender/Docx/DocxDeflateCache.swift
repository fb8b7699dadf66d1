import Synchronization

/// Parts deflated once per compile. A Word compile writes many parts that hold the same bytes
/// in several ZIP files: the styles, settings, header and footer of every document of one
/// language, a country's charts in the regional document and in its own, and four of the five
/// parts of every chart's embedded workbook. ISA-L builds its Huffman tables and clears its hash
/// table for each part, however small (about 60,000 instructions for a part of a few hundred
/// bytes). Deflating is a function of a part's bytes alone (``DocxDeflater``), so a part
/// taken from here is the same bytes as one deflated again.
///
/// Only parts of at most ``largest`` bytes are kept: the documents' bodies are each their own.
final class DocxDeflateCache: Sendable {
    /// A part's bytes, hashed by their CRC-32 (worked out for the ZIP entry anyway) and length;
    /// equality compares the bytes.
    private struct Key: Hashable, Sendable {
        var crc: UInt32
        var bytes: [UInt8]

        func hash(into hasher: inout Hasher) {
            hasher.combine(crc)
            hasher.combine(bytes.count)
        }
    }

    private let kept = Mutex<[Key: [UInt8]]>([:])

    /// The longest part kept.
    static let largest = 64 << 10

    /// The deflated bytes kept for a part holding `input`, whose CRC-32 is `crc`; `nil` when no
    /// such part was kept.
    func deflated(_ input: UnsafeRawBufferPointer, crc: UInt32) -> [UInt8]? {
        guard input.count <= Self.largest else { return nil }
        let key = Key(crc: crc, bytes: Array(input))
        return kept.withLock { $0[key] }
    }

    /// Keeps `deflated` as the deflated bytes of a part holding `input` (CRC-32 `crc`), when it
    /// is at most ``largest`` bytes long.
    func keep(_ input: UnsafeRawBufferPointer, crc: UInt32, deflated: UnsafeRawBufferPointer) {
        guard input.count <= Self.largest else { return }
        let key = Key(crc: crc, bytes: Array(input)), value = Array(deflated)
        kept.withLock { $0[key] = value }
    }
}
