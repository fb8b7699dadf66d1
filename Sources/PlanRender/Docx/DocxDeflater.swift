import CDeflate
import Glibc
import Synchronization

/// ISA-L's compressor: its state and its level buffer, allocated zeroed once and reused by every
/// ZIP file a compile writes (a compile of 41 Word files zips about 120 files with their chart
/// workbooks; a fresh 360 KB for each was mapped, touched and unmapped every time).
///
/// ISA-L's stateless compression does not set every field of its state itself: the state is
/// zeroed before each ZIP file (left as it was, with whatever the memory held, small parts were
/// compressed differently from one run to the next). Its level buffer holds the hash table,
/// which it resets for every part, so reusing it changes no byte.
final class DocxDeflater: @unchecked Sendable {
    private let stream: UnsafeMutablePointer<isal_zstream>
    private let levelBuffer: UnsafeMutablePointer<UInt8>

    private init?() {
        guard let stream = calloc(1, MemoryLayout<isal_zstream>.size)?.assumingMemoryBound(to: isal_zstream.self) else { return nil }
        guard let levelBuffer = calloc(1, rrp_deflate_level_buffer_size())?.assumingMemoryBound(to: UInt8.self) else {
            free(stream)
            return nil
        }
        self.stream = stream
        self.levelBuffer = levelBuffer
    }

    deinit {
        free(stream)
        free(levelBuffer)
    }

    /// `count` bytes at `input` deflated whole (raw deflate, ISA-L's level 1) into `output`; the
    /// length written, or 0 when it did not fit.
    func deflate(_ input: UnsafePointer<UInt8>?, count: Int, into output: UnsafeMutablePointer<UInt8>, capacity: Int) -> Int {
        rrp_deflate(stream, levelBuffer, input, count, output, capacity)
    }

    /// The deflaters no ZIP file is using.
    private static let idle = Mutex<[DocxDeflater]>([])

    /// Runs `body` with a deflater of its own (an idle one, its state zeroed, or a new one),
    /// given back when `body` returns.
    static func with<R>(_ body: (DocxDeflater) throws -> R) throws -> R {
        guard let deflater = idle.withLock({ $0.popLast() }) ?? DocxDeflater() else {
            throw DocxZipWriter.Failure(description: "no memory for the compressor")
        }
        memset(deflater.stream, 0, MemoryLayout<isal_zstream>.size)
        defer { idle.withLock { $0.append(deflater) } }
        return try body(deflater)
    }
}
