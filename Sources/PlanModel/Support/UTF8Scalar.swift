extension UnsafeBufferPointer where Element == UInt8 {
    /// The scalar whose first byte is at `offset`, and its width in bytes: the one UTF-8 decoder
    /// of the byte-level readers (the linter's tokenizer and word hashes, the heading words).
    /// Meant for valid UTF-8; a sequence cut short by the end of the buffer reads its missing
    /// bytes as zero and a value that is no scalar gives U+FFFD, so bad bytes never trap.
    @inlinable @inline(__always)
    public func scalar(at offset: Int) -> (scalar: Unicode.Scalar, width: Int) {
        let b0 = UInt32(self[offset])
        if b0 < 0x80 { return (Unicode.Scalar(UInt8(b0)), 1) }
        func cont(_ k: Int) -> UInt32 { offset + k < count ? UInt32(self[offset + k] & 0x3F) : 0 }
        let (value, width): (UInt32, Int) =
            b0 >= 0xF0 ? ((b0 & 0x07) << 18 | cont(1) << 12 | cont(2) << 6 | cont(3), 4)
            : b0 >= 0xE0 ? ((b0 & 0x0F) << 12 | cont(1) << 6 | cont(2), 3)
            : ((b0 & 0x1F) << 6 | cont(1), 2)
        return (Unicode.Scalar(value) ?? "\u{FFFD}", width)
    }
}
