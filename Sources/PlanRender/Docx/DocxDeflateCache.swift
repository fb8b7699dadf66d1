import Glibc
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
    /// What a part is found by: its bytes' CRC-32 (worked out for the ZIP entry anyway) and
    /// length. Parts that share both are told apart by their bytes (``Entry``).
    private struct Key: Hashable, Sendable {
        var crc: UInt32
        var count: Int
    }

    /// A part kept: its bytes and their deflated bytes.
    private struct Entry: Sendable {
        var bytes: [UInt8]
        var deflated: [UInt8]
    }

    /// The parts kept, by CRC-32 and length. A look-up compares the part's bytes in place with
    /// `memcmp` (a key holding a copy of the bytes made a copy of up to 64 KiB for every look-up
    /// and compared arrays of bytes one by one).
    private let kept = Mutex<[Key: [Entry]]>([:])

    /// The longest part kept.
    static let largest = 64 << 10

    /// The deflated bytes kept for a part holding `input`, whose CRC-32 is `crc`; `nil` when no
    /// such part was kept.
    func deflated(_ input: UnsafeRawBufferPointer, crc: UInt32) -> [UInt8]? {
        guard input.count <= Self.largest else { return nil }
        return kept.withLock { kept in
            kept[Key(crc: crc, count: input.count)]?.first { Self.holds($0.bytes, input) }?.deflated
        }
    }

    /// Keeps `deflated` as the deflated bytes of a part holding `input` (CRC-32 `crc`), when it
    /// is at most ``largest`` bytes long.
    func keep(_ input: UnsafeRawBufferPointer, crc: UInt32, deflated: UnsafeRawBufferPointer) {
        guard input.count <= Self.largest else { return }
        let entry = Entry(bytes: Array(input), deflated: Array(deflated))
        kept.withLock { kept in
            let key = Key(crc: crc, count: input.count)
            if let index = kept[key]?.firstIndex(where: { Self.holds($0.bytes, input) }) {
                kept[key]![index] = entry
            } else {
                kept[key, default: []].append(entry)
            }
        }
    }

    /// Whether `bytes` and `input`, of the same length, hold the same bytes.
    private static func holds(_ bytes: [UInt8], _ input: UnsafeRawBufferPointer) -> Bool {
        bytes.withUnsafeBytes { kept in
            kept.count == input.count && (kept.isEmpty || memcmp(kept.baseAddress!, input.baseAddress!, kept.count) == 0)
        }
    }
}
