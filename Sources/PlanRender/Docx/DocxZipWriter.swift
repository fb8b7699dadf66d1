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
        // Every slice of every part, deflated concurrently.
        var slices: [(part: Int, range: Range<Int>, last: Bool)] = []
        for (index, part) in parts.enumerated() {
            let count = part.bytes.count
            var start = 0
            repeat {
                let end = min(start + sliceSize, count)
                slices.append((index, start..<end, end == count))
                start = end
            } while start < count
        }
        let sliceList = slices
        let results = try inParallel(slices.count) { i -> Deflated in
            let slices = sliceList
            let slice = slices[i]
            return try parts[slice.part].bytes.withUnsafeBufferPointer { all in
                let input = UnsafeBufferPointer(rebasing: all[slice.range])
                let primer = UnsafeBufferPointer(rebasing: all[max(slice.range.lowerBound - window, 0)..<slice.range.lowerBound])
                let crc = crc32(0, input.baseAddress, UInt32(input.count))
                return Deflated(bytes: try deflateSlice(input, primer: primer, last: slice.last), crc: crc, length: input.count)
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
            } while sliceIndex < slices.count && slices[sliceIndex].part == slices[sliceIndex - 1].part
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

    /// A part at most this long is written as a stored block, without zlib: it gains little
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
