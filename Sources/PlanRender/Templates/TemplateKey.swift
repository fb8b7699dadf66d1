/// The name of a field of a template object, with the hash of its UTF-8 computed once, when the
/// name is made (a literal in the document model, a name when a template is compiled).
///
/// Template objects are dictionaries keyed by these: a lookup (`{{labels.total}}` climbs every
/// enclosing value of a table cell) mixes the stored hash with the dictionary's seed instead of
/// running the standard string hash over the name again at every level, and building an object
/// hashes each literal key with a short loop over its bytes.
public struct TemplateKey: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// The name as written.
    public let name: String
    /// FNV-1a of the name's UTF-8.
    private let hash: UInt64

    /// The key called `name`.
    public init(_ name: String) {
        var name = name
        hash = name.withUTF8 { Self.fnv1a($0) }
        self.name = name
    }

    public init(stringLiteral value: StaticString) {
        hash = value.withUTF8Buffer { Self.fnv1a($0) }
        name = value.description
    }

    public var description: String { name }

    public static func == (a: TemplateKey, b: TemplateKey) -> Bool {
        a.hash == b.hash && a.name == b.name
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(hash)
    }

    /// The stored hash mixed with the table's seed (the finalizer of MurmurHash3), which is what
    /// `Dictionary` asks for: equal names give equal values for a given seed.
    public func _rawHashValue(seed: Int) -> Int {
        var x = hash ^ UInt64(bitPattern: Int64(seed))
        x ^= x >> 33
        x &*= 0xff51_afd7_ed55_8ccd
        x ^= x >> 33
        x &*= 0xc4ce_b9fe_1a85_ec53
        x ^= x >> 33
        return Int(bitPattern: UInt(x))
    }

    @inline(__always)
    private static func fnv1a(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes {
            h ^= UInt64(b)
            h &*= 0x0000_0100_0000_01b3
        }
        return h
    }
}
