/// The texts of byte ranges of one buffer, each distinct text made into a `String` once: a
/// reader of a large file whose values repeat (50,000 funding flows naming a few hundred
/// organisations, countries, sectors and dates) gets the same string back for every copy,
/// found by the bytes themselves (hashed and compared in place), without a `String` made to
/// look it up.
public struct InternedTexts {
    private let bytes: [UInt8]
    /// Open addressing: an index into `entries` plus one, 0 for an empty slot.
    private var slots: [Int32]
    private var entries: [Entry] = []

    private struct Entry {
        var start: Int
        var count: Int
        var hash: UInt64
        var text: String
    }

    /// A table over `bytes` (the ranges later asked for are ranges of it).
    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
        slots = [Int32](repeating: 0, count: 256)
    }

    /// How many distinct texts were made.
    public var count: Int { entries.count }

    /// The text of `bytes[range]` (decoded as UTF-8, as `String(decoding:as:)` does).
    public mutating func text(_ range: Range<Int>) -> String {
        numbered(range).text
    }

    /// The text of `bytes[range]` and its number: the distinct texts are numbered 0, 1, 2... in
    /// the order they are first met, so that two ranges with one number have the same text, and
    /// a reader's caller can keep what it found out about a text in an array by its number
    /// instead of a table of texts.
    public mutating func numbered(_ range: Range<Int>) -> (text: String, number: Int) {
        precondition(range.lowerBound >= 0 && range.upperBound <= bytes.count, "range outside the buffer")
        let (hash, slot, index) = find(range)
        if let index { return (entries[index].text, index) }
        let text = String(decoding: bytes[range], as: UTF8.self)
        entries.append(Entry(start: range.lowerBound, count: range.count, hash: hash, text: text))
        slots[slot] = Int32(truncatingIfNeeded: entries.count)
        if entries.count * 2 > slots.count { grow() }
        return (text, entries.count - 1)
    }

    /// The hash of `bytes[range]`, and the slot of its entry (its index) or of the empty slot
    /// where it would go.
    private func find(_ range: Range<Int>) -> (hash: UInt64, slot: Int, index: Int?) {
        bytes.withUnsafeBufferPointer { b in
            entries.withUnsafeBufferPointer { e in
                slots.withUnsafeBufferPointer { s in
                    let hash = Self.hash(b, range)
                    let mask = s.count - 1
                    var slot = Int(truncatingIfNeeded: hash) & mask
                    while true {
                        let index = Int(s[slot]) - 1
                        if index < 0 { return (hash, slot, nil) }
                        if e[index].hash == hash, e[index].count == range.count, Self.equal(b, e[index].start, range) { return (hash, slot, index) }
                        slot = (slot + 1) & mask
                    }
                }
            }
        }
    }

    /// Whether `b[range]` is the same as the bytes at `start`: eight at a time, then the rest.
    private static func equal(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ range: Range<Int>) -> Bool {
        let count = range.count
        guard let base = UnsafeRawPointer(b.baseAddress) else { return count == 0 }
        var k = 0
        while k + 8 <= count {
            if base.loadUnaligned(fromByteOffset: start + k, as: UInt64.self) != base.loadUnaligned(fromByteOffset: range.lowerBound + k, as: UInt64.self) { return false }
            k += 8
        }
        while k < count, b[start + k] == b[range.lowerBound + k] { k += 1 }
        return k == count
    }

    /// Twice as many slots, every entry placed again.
    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for (index, entry) in entries.enumerated() {
            var slot = Int(truncatingIfNeeded: entry.hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(truncatingIfNeeded: index + 1)
        }
    }

    /// The hash of `b[range]`: FNV-1a over the bytes, eight at a time, with a final mix so that the low bits (the slot)
    /// depend on every byte.
    public static func hash(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        var i = range.lowerBound
        let end = range.upperBound
        let base = UnsafeRawPointer(b.baseAddress)
        while i + 8 <= end, let base {
            h = (h ^ base.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0x0000_0100_0000_01B3
            i += 8
        }
        while i < end {
            h = (h ^ UInt64(b[i])) &* 0x0000_0100_0000_01B3
            i += 1
        }
        h ^= UInt64(range.count)
        h ^= h >> 29
        h = h &* 0xBF58_476D_1CE4_E5B9
        return h ^ (h >> 32)
    }
}
