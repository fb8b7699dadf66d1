/// The content hash of the output manifest, written as 16 lower-case hex digits: FNV-1a 64 taken
/// over the bytes eight at a time (little-endian words, then the remaining bytes one by one, then
/// the length), so hashing the 50 MB of a large plan's outputs costs a few milliseconds. Not
/// cryptographic: it tells whether a file still holds the bytes `rrp` wrote (a chance match of an
/// edited file is about 1 in 2^64), not whether anyone tampered with it.
public enum ContentHash {
    static let basis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x100_0000_01b3

    /// The hash of `bytes` as 16 hex digits.
    public static func of(_ bytes: [UInt8]) -> String {
        let hash = bytes.withUnsafeBytes { raw -> UInt64 in
            var h = basis
            var i = 0
            while i + 8 <= raw.count {
                h = (h ^ UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))) &* prime
                h ^= h >> 32
                i += 8
            }
            while i < raw.count {
                h = (h ^ UInt64(raw[i])) &* prime
                i += 1
            }
            return (h ^ UInt64(raw.count)) &* prime
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
