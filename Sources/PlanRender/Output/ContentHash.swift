/// The content hash of the output manifest: FNV-1a 64 over a file's bytes, written as 16
/// lower-case hex digits. Not cryptographic: it tells whether a file still holds the bytes
/// `rrp` wrote (a chance match of an edited file is 1 in 2^64), not whether anyone tampered
/// with it.
public enum ContentHash {
    static let basis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x100_0000_01b3

    /// The hash of `bytes` as 16 hex digits (`cbf29ce484222325` for no bytes, `af63dc4c8601ec8c` for `a`).
    public static func fnv1a64(_ bytes: [UInt8]) -> String {
        let hash = bytes.withUnsafeBufferPointer { buffer in
            var h = basis
            for byte in buffer { h = (h ^ UInt64(byte)) &* prime }
            return h
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
