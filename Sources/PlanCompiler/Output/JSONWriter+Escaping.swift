extension JSONWriter {
    /// Writes `s` quoted and escaped; runs of bytes that need no escape are copied at once, and
    /// the scan for bytes to escape looks at sixteen (then eight) bytes per step, and goes from
    /// eight bytes that hold one straight to it.
    static func writeString(_ s: String, into out: inout [UInt8]) {
        out.append(0x22)
        var text = s
        text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return }
            let n = bytes.count
            var start = 0
            var i = 0
            let raw = UnsafeRawPointer(base)
            while i < n {
                if n &- i >= 16, escapeMask(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                    | escapeMask(raw.loadUnaligned(fromByteOffset: i &+ 8, as: UInt64.self)) == 0 {
                    i &+= 16
                    continue
                }
                if n &- i >= 8 {
                    let mask = escapeMask(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                    if mask == 0 {
                        i &+= 8
                        continue
                    }
                    // The lowest flagged byte is the first to escape (a flag above it may be
                    // false, one below never is): straight to it.
                    i &+= mask.trailingZeroBitCount &>> 3
                }
                let byte = base[i]
                if byte < 0x20 || byte == 0x22 || byte == 0x5C {
                    out.append(contentsOf: UnsafeBufferPointer(start: base + start, count: i - start))
                    escape(byte, into: &out)
                    start = i + 1
                }
                i += 1
            }
            out.append(contentsOf: UnsafeBufferPointer(start: base + start, count: n - start))
        }
        out.append(0x22)
    }

    /// Nonzero when any of the eight bytes of `word` is a control byte, `"` or `\\` (SWAR tests:
    /// a byte below 0x20, or equal to 0x22 or 0x5C). Its lowest set bit is the high bit of the
    /// first such byte; a bit above it may be set by a borrow and means nothing.
    @inline(__always)
    private static func escapeMask(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high: UInt64 = 0x8080_8080_8080_8080
        let below = (word &- ones &* 0x20) & ~word & high
        let quote = word ^ (ones &* 0x22)
        let backslash = word ^ (ones &* 0x5C)
        let isQuote = (quote &- ones) & ~quote & high
        let isBackslash = (backslash &- ones) & ~backslash & high
        return below | isQuote | isBackslash
    }

    /// Appends the escape of `byte` without allocating.
    private static func escape(_ byte: UInt8, into out: inout [UInt8]) {
        out.append(0x5C)
        switch byte {
        case 0x22, 0x5C: out.append(byte)
        case 0x0A: out.append(UInt8(ascii: "n"))
        case 0x0D: out.append(UInt8(ascii: "r"))
        case 0x09: out.append(UInt8(ascii: "t"))
        default:
            let hex: StaticString = "0123456789abcdef"
            out.append(UInt8(ascii: "u"))
            out.append(0x30)
            out.append(0x30)
            out.append(hex.utf8Start[Int(byte >> 4)])
            out.append(hex.utf8Start[Int(byte & 0xF)])
        }
    }

}
