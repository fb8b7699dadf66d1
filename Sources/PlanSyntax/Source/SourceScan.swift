/// One pass over a file's bytes that finds the start of each line and checks that the bytes are
/// UTF-8: thirty-two bytes at a time while they are ASCII above the line-ending controls (most of
/// any plan's text, and all of a JSON export's but its rare accented names), byte by byte around
/// the rest.
///
/// Lines end at LF, CRLF or CR; line 1 starts after a UTF-8 byte-order mark. The first byte that
/// is not part of a valid UTF-8 sequence is kept, and the lines are found past it as if it were
/// one character (a file with one is refused, except a probe for its location).
struct SourceScan {
    /// The byte offset of the first byte of each line.
    private(set) var lineStarts: [Int]
    /// The offset of the first byte that is not part of a valid UTF-8 sequence, `nil` for none.
    private(set) var firstInvalidOffset: Int?

    init(_ bytes: [UInt8]) {
        let bom = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        var starts = [bom ? 3 : 0]
        var invalid: Int?
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            let raw = UnsafeRawPointer(base)
            let n = buffer.count
            var i = 0
            while i < n {
                // Fast paths: 32, then 8, bytes that are all ASCII at or above 0x0E (no CR, LF or
                // lead byte of a longer character; the rare tab takes the byte path).
                if n &- i >= 32,
                   (Self.plain(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                    | Self.plain(raw.loadUnaligned(fromByteOffset: i &+ 8, as: UInt64.self))
                    | Self.plain(raw.loadUnaligned(fromByteOffset: i &+ 16, as: UInt64.self))
                    | Self.plain(raw.loadUnaligned(fromByteOffset: i &+ 24, as: UInt64.self))) & 0x8080_8080_8080_8080 == 0 {
                    i &+= 32
                    continue
                }
                if n &- i >= 8, Self.plain(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) & 0x8080_8080_8080_8080 == 0 {
                    i &+= 8
                    continue
                }
                let b = base[i]
                if b < 0x80 {
                    if b == 0x0A {
                        starts.append(i + 1)
                    } else if b == 0x0D {
                        if i + 1 < n, base[i + 1] == 0x0A { i += 1 }
                        starts.append(i + 1)
                    }
                    i += 1
                    continue
                }
                if let length = Self.sequenceLength(at: i, in: buffer) {
                    i += length
                } else {
                    if invalid == nil { invalid = i }
                    i += 1
                }
            }
        }
        lineStarts = starts
        firstInvalidOffset = invalid
    }

    /// A word whose high bits (masked by the caller, `& 0x80...`) are all clear exactly when
    /// each of the eight bytes of `word` is in 0x0E..<0x80. A byte below 0x0E borrows in the
    /// subtraction and sets its high bit (the lowest such byte takes no borrow from below, so
    /// one is always seen), a byte from 0x80 has its own set; without such bytes there is no
    /// borrow at all.
    @inline(__always)
    private static func plain(_ word: UInt64) -> UInt64 {
        (word &- 0x0E0E_0E0E_0E0E_0E0E) | word
    }

    /// The length of the valid UTF-8 sequence that starts with the byte at `i` (0x80 or above),
    /// `nil` when it is not one (overlong forms, surrogates and values past U+10FFFF refused).
    private static func sequenceLength(at i: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let length: Int
        var lower: UInt8 = 0x80
        var upper: UInt8 = 0xBF
        switch bytes[i] {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; lower = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; upper = 0x9F
        case 0xF0: length = 4; lower = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; upper = 0x8F
        default: return nil
        }
        for k in 1..<length {
            guard i + k < bytes.count else { return nil }
            let c = bytes[i + k]
            let (lo, hi) = k == 1 ? (lower, upper) : (UInt8(0x80), UInt8(0xBF))
            if c < lo || c > hi { return nil }
        }
        return length
    }
}
