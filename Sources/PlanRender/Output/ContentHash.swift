/// The content hash of the output manifest, written as 16 lower-case hex digits. FNV-1a 64 taken
/// over the bytes as little-endian 64-bit words in four interleaved lanes (word `i` goes to lane
/// `i % 4`, so the lanes' multiplications overlap), the remaining bytes one by one into the
/// first lane, then the lanes and the length folded together: hashing the 50 MB of a large
/// plan's outputs costs a few milliseconds. Not cryptographic: it tells whether a file still holds
/// the bytes `rrp` wrote (a chance match of an edited file is about 1 in 2^64), not whether anyone
/// tampered with it.
public enum ContentHash {
    static let basis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x100_0000_01b3

    /// The hash of `bytes` as 16 hex digits.
    public static func of(_ bytes: [UInt8]) -> String {
        bytes.withUnsafeBytes { of($0) }
    }

    /// The hash of the bytes of `raw` as 16 hex digits.
    public static func of(_ raw: UnsafeRawBufferPointer) -> String {
        let hash = { () -> UInt64 in
            var lanes: (UInt64, UInt64, UInt64, UInt64) = (basis, basis &+ 1, basis &+ 2, basis &+ 3)
            @inline(__always) func mix(_ h: inout UInt64, _ word: UInt64) {
                h = (h ^ word) &* prime
                h ^= h >> 32
            }
            @inline(__always) func word(_ i: Int) -> UInt64 { UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) }
            var i = 0
            while i + 32 <= raw.count {
                mix(&lanes.0, word(i)); mix(&lanes.1, word(i + 8)); mix(&lanes.2, word(i + 16)); mix(&lanes.3, word(i + 24))
                i += 32
            }
            while i + 8 <= raw.count {
                mix(&lanes.0, word(i))
                i += 8
            }
            while i < raw.count {
                lanes.0 = (lanes.0 ^ UInt64(raw[i])) &* prime
                i += 1
            }
            var h = lanes.0
            for lane in [lanes.1, lanes.2, lanes.3, UInt64(raw.count)] { mix(&h, lane) }
            return h
        }()
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
