/// Tests on eight UTF-8 bytes at a time, loaded as one `UInt64` ("Bit Twiddling Hacks"): each
/// sets the top bit of the bytes it finds. A byte above a found one may be marked too (a borrow
/// runs up), so they answer "is there any", not "which".
enum ByteWords {
    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let highs: UInt64 = 0x8080_8080_8080_8080

    /// The bytes of `word` below `n` (`n` at most 0x80).
    @inline(__always)
    static func below(_ word: UInt64, _ n: UInt64) -> UInt64 { (word &- n &* ones) & ~word & highs }

    /// The bytes of `word` equal to `n`.
    @inline(__always)
    static func equal(_ word: UInt64, _ n: UInt64) -> UInt64 { below(word ^ (n &* ones), 1) }
}
