#if canImport(CZlib)
import CZlib
import Foundation

/// Writes a ZIP file in memory with zlib: each part deflated (raw deflate, as ZIP holds it), its
/// large parts in independent slices on every core, each slice primed with the 32 KiB before it
/// as pigz does, so the result is one ordinary deflate stream whatever the number of cores.
/// The slices, the level and the entries' fields are fixed, so the same parts give the same
/// bytes on every run (with the same zlib). Every entry is dated 1980-01-01 00:00 with mode 0644.
///
/// ZIPFoundation (used to read reference documents) deflates at zlib's default level one buffer
/// at a time and computes the CRC in Swift; for a regional document's tens of megabytes of XML
/// that was a tenth of the whole compile.
enum DocxZipWriter {
    /// zlib's fastest levels (1-3) deflate Word's repetitive XML about twice as fast as the
    /// default (6), for files about a third larger; 3 is as fast as 1 and a little smaller.
    static let level: Int32 = 3
    /// The size of the slices a part is cut into for deflating in parallel.
    static let sliceSize = 1 << 20
    /// The history a slice is primed with: deflate's whole window.
    static let window = 1 << 15

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The ZIP file holding `parts` in their order.
    static func zip(_ parts: [DocxPackage.Part]) throws -> [UInt8] {
        // Every slice of every part, deflated concurrently; a shared chunk once for every part
        // that holds it.
        let sliceList = slices(parts)
        let results = try inParallel(sliceList.count) { i -> Deflated in
            let slices = sliceList
            switch slices[i] {
            case .shared(_, let chunk):
                let (bytes, crc) = try chunk.compressed { try deflateAlone($0) }
                return Deflated(bytes: bytes, crc: crc, length: chunk.bytes.count)
            case .own(let part, let range, let last):
                return try parts[part].bytes.withUnsafeBufferPointer { all in
                    let input = UnsafeBufferPointer(rebasing: all[range])
                    let primer = UnsafeBufferPointer(rebasing: all[max(range.lowerBound - primerSize(range.count), 0)..<range.lowerBound])
                    let crc = crc32(0, input.baseAddress, UInt32(input.count))
                    return Deflated(bytes: try deflateSlice(input, primer: primer, last: last), crc: crc, length: input.count)
                }
            }
        }
        var out: [UInt8] = []
        out.reserveCapacity(results.reduce(0) { $0 + $1.bytes.count } + parts.count * 128 + 64)
        var central: [UInt8] = []
        var sliceIndex = 0
        for part in parts {
            var crc: UInt = 0
            var deflated: [[UInt8]] = []
            repeat {
                let result = results[sliceIndex]
                crc = deflated.isEmpty ? result.crc : crc32_combine(crc, result.crc, Int(result.length))
                deflated.append(result.bytes)
                sliceIndex += 1
            } while sliceIndex < sliceList.count && sliceList[sliceIndex].part == sliceList[sliceIndex - 1].part
            let compressedSize = deflated.reduce(0) { $0 + $1.count }
            let name = Array(part.name.utf8)
            guard out.count < 0xFFFF_FFFF, compressedSize < 0xFFFF_FFFF, part.bytes.count < 0xFFFF_FFFF, name.count < 0xFFFF else {
                throw Failure(description: "\(part.name) is too large for a ZIP file without ZIP64")
            }
            let entry = Entry(name: name, crc: UInt32(truncatingIfNeeded: crc), compressed: UInt32(compressedSize), size: UInt32(part.bytes.count), offset: UInt32(out.count))
            entry.localHeader(into: &out)
            for piece in deflated { out.append(contentsOf: piece) }
            entry.centralHeader(into: &central)
        }
        guard parts.count < 0xFFFF, out.count < 0xFFFF_FFFF else { throw Failure(description: "too many parts for a ZIP file without ZIP64") }
        let centralOffset = out.count
        out.append(contentsOf: central)
        // End of central directory.
        append32(0x0605_4B50, &out)
        append16(0, &out)
        append16(0, &out)
        append16(UInt16(parts.count), &out)
        append16(UInt16(parts.count), &out)
        append32(UInt32(central.count), &out)
        append32(UInt32(centralOffset), &out)
        append16(0, &out)
        return out
    }

    /// A piece of a part to deflate: a slice of its own bytes (`last` ends the part's stream), or
    /// a chunk it shares with other documents.
    private enum Slice: Sendable {
        case own(part: Int, range: Range<Int>, last: Bool)
        case shared(part: Int, chunk: DocxSharedChunk)

        var part: Int {
            switch self {
            case .own(let part, _, _), .shared(let part, _): part
            }
        }
    }

    /// The slices of `parts`, in order: each part's own bytes between its shared chunks cut into
    /// slices of at most ``sliceSize``, its chunks, and an empty last slice ending the stream
    /// when the part ends with a chunk (or is empty). A placement that does not hold its chunk's
    /// bytes there is deflated as the part's own.
    private static func slices(_ parts: [DocxPackage.Part]) -> [Slice] {
        var slices: [Slice] = []
        for (index, part) in parts.enumerated() {
            let count = part.bytes.count
            var start = 0
            func own(upTo end: Int) {
                while start < end {
                    let sliceEnd = min(start + sliceSize, end)
                    slices.append(.own(part: index, range: start..<sliceEnd, last: false))
                    start = sliceEnd
                }
            }
            for placement in part.shared where holds(part.bytes, placement, from: start) {
                own(upTo: placement.range.lowerBound)
                slices.append(.shared(part: index, chunk: placement.chunk))
                start = placement.range.upperBound
            }
            own(upTo: count)
            if case .own(index, let range, _) = slices.last {
                slices[slices.count - 1] = .own(part: index, range: range, last: true)
            } else {
                slices.append(.own(part: index, range: count..<count, last: true))
            }
        }
        return slices
    }

    /// Whether `bytes` hold `placement`'s chunk at its range, at or after `start`.
    private static func holds(_ bytes: [UInt8], _ placement: DocxSharedChunk.Placement, from start: Int) -> Bool {
        let range = placement.range
        guard range.lowerBound >= start, range.upperBound <= bytes.count, range.count == placement.chunk.bytes.count, !range.isEmpty else { return false }
        return bytes.withUnsafeBufferPointer { all in
            placement.chunk.bytes.withUnsafeBufferPointer { chunk in memcmp(all.baseAddress! + range.lowerBound, chunk.baseAddress!, range.count) == 0 }
        }
    }

    /// `bytes` deflated with no history, ending on a byte boundary, and their CRC-32: a
    /// ``DocxSharedChunk``'s form, which any stream can hold at a byte boundary.
    private static func deflateAlone(_ bytes: ArraySlice<UInt8>) throws -> (bytes: [UInt8], crc: UInt) {
        try bytes.withUnsafeBufferPointer { input in
            (try deflateSlice(input, primer: UnsafeBufferPointer(start: nil, count: 0), last: false), crc32(0, input.baseAddress, UInt32(input.count)))
        }
    }

    /// A slice deflated, with the CRC and length of its bytes.
    private struct Deflated: Sendable {
        var bytes: [UInt8]
        var crc: UInt
        var length: Int
    }

    /// One entry's headers.
    private struct Entry {
        var name: [UInt8]
        var crc: UInt32
        var compressed: UInt32
        var size: UInt32
        var offset: UInt32

        /// 1980-01-01 in MS-DOS date form, 00:00 in its time form.
        static let dosDate: UInt16 = (1 << 5) | 1
        static let dosTime: UInt16 = 0

        func localHeader(into out: inout [UInt8]) {
            append32(0x0403_4B50, &out)
            append16(20, &out)  // version needed: 2.0 (deflate)
            common(into: &out)
            out.append(contentsOf: name)
        }

        func centralHeader(into out: inout [UInt8]) {
            append32(0x0201_4B50, &out)
            append16(0x0314, &out)  // made by: Unix, 2.0 (so the mode below is read)
            append16(20, &out)
            common(into: &out)
            append16(0, &out)  // comment length
            append16(0, &out)  // disk
            append16(0, &out)  // internal attributes
            append32(UInt32(0o100644) << 16, &out)  // a regular file, rw-r--r--
            append32(offset, &out)
            out.append(contentsOf: name)
        }

        /// Flags to extra field length, shared by both headers.
        private func common(into out: inout [UInt8]) {
            append16(0, &out)  // flags
            append16(8, &out)  // deflate
            append16(Self.dosTime, &out)
            append16(Self.dosDate, &out)
            append32(crc, &out)
            append32(compressed, &out)
            append32(size, &out)
            append16(UInt16(name.count), &out)
            append16(0, &out)  // extra field length
        }
    }

    private static func append16(_ value: UInt16, _ out: inout [UInt8]) {
        out.append(UInt8(value & 0xFF))
        out.append(UInt8(value >> 8))
    }

    private static func append32(_ value: UInt32, _ out: inout [UInt8]) {
        append16(UInt16(value & 0xFFFF), &out)
        append16(UInt16(value >> 16), &out)
    }

    /// How much of the history before a slice of `count` bytes primes it: the whole window for
    /// a slice of 128 KiB or more, a quarter of its length for a smaller one (at least 1 KiB).
    /// The slices between a document's shared chunks are many and small; zlib takes about a
    /// third as long to prime with a byte of history as to deflate one, and priming each with
    /// 32 KiB cost as much as sharing the chunks saved.
    static func primerSize(_ count: Int) -> Int { min(window, max(count / 4, 1024)) }

    /// A slice at most this long is written as a stored block, without zlib: the short runs
    /// between shared chunks (a link's relationship ID, a heading's bookmark) gain nothing
    /// from deflating, which costs zlib's whole set-up each time.
    static let storedSize = 128

    /// `input` as raw deflate data, primed with `primer` (the bytes before it), ending on a
    /// byte boundary (a sync flush) so the next slice's data can follow, or with the final
    /// block when `last`. zlib's hash table is sized to the data (`memLevel`), so that a small
    /// part does not clear the 64 KiB a megabyte needs.
    private static func deflateSlice(_ input: UnsafeBufferPointer<UInt8>, primer: UnsafeBufferPointer<UInt8>, last: Bool) throws -> [UInt8] {
        if input.count <= storedSize { return stored(input, last: last) }
        var stream = z_stream()
        let size = input.count + primer.count
        let memoryLevel = Int32(min(max(Int.bitWidth - size.leadingZeroBitCount - 7, 1), 8))
        guard deflateInit2_(&stream, level, Z_DEFLATED, -MAX_WBITS, memoryLevel, Z_DEFAULT_STRATEGY, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw Failure(description: "zlib could not start deflating")
        }
        defer { deflateEnd(&stream) }
        if let base = primer.baseAddress, primer.count > 0 {
            guard deflateSetDictionary(&stream, base, UInt32(primer.count)) == Z_OK else { throw Failure(description: "zlib refused the slice's history") }
        }
        let capacity = Int(deflateBound(&stream, UInt(input.count))) + 16
        var result: Int32 = Z_OK
        let out = [UInt8](unsafeUninitializedCapacity: capacity) { output, written in
            stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
            stream.avail_in = UInt32(input.count)
            stream.next_out = output.baseAddress
            stream.avail_out = UInt32(output.count)
            result = deflate(&stream, last ? Z_FINISH : Z_SYNC_FLUSH)
            written = output.count - Int(stream.avail_out)
        }
        guard result == (last ? Z_STREAM_END : Z_OK), stream.avail_in == 0 else { throw Failure(description: "zlib could not deflate a part (\(result))") }
        return out
    }

    /// `input` (at most 65,535 bytes) as one stored deflate block, the last when `last`: a
    /// header byte (the block's type and the final bit, padded to the byte), its length and the
    /// length's complement, the bytes.
    static func stored(_ input: UnsafeBufferPointer<UInt8>, last: Bool) -> [UInt8] {
        let length = UInt16(input.count)
        var out: [UInt8] = [last ? 1 : 0, UInt8(length & 0xFF), UInt8(length >> 8), UInt8(~length & 0xFF), UInt8(~length >> 8)]
        out.append(contentsOf: input)
        return out
    }

    /// `transform` of `0..<count`, in order: the calling thread and one helper per other core
    /// take the next index until none is left. The helpers run on a queue of their own, which
    /// gets threads even while the render jobs' `concurrentPerform` holds every worker (a nested
    /// `concurrentPerform` would run serially there).
    private static func inParallel<U: Sendable>(_ count: Int, _ transform: @escaping @Sendable (Int) throws -> U) throws -> [U] {
        let work = SharedWork<U>(count: count, transform)
        let group = DispatchGroup()
        for _ in 0..<max(min(ProcessInfo.processInfo.activeProcessorCount, count) - 1, 0) {
            helpers.async(group: group) { work.run() }
        }
        work.run()
        group.wait()
        return try work.results()
    }

    private static let helpers = DispatchQueue(label: "DocxZipWriter.deflate", attributes: .concurrent)

    /// The indexes not taken yet and the results, behind a lock.
    private final class SharedWork<U: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var next = 0
        private var slots: [Result<U, Error>?]
        private let transform: @Sendable (Int) throws -> U

        init(count: Int, _ transform: @escaping @Sendable (Int) throws -> U) {
            slots = Array(repeating: nil, count: count)
            self.transform = transform
        }

        func run() {
            while let index = take() {
                let result = Result { try transform(index) }
                lock.withLock { slots[index] = result }
            }
        }

        private func take() -> Int? {
            lock.withLock {
                guard next < slots.count else { return nil }
                defer { next += 1 }
                return next
            }
        }

        func results() throws -> [U] { try lock.withLock { try slots.map { try $0!.get() } } }
    }
}
#endif
