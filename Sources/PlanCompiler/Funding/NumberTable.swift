/// Positions by a 64-bit key, for look-ups that tens of thousands of records make with keys that
/// are numbers already (a funding tally's flow IDs, its cells' packed numbers): the key is mixed
/// by two multiplications (not hashed by `Hasher`), and the table hands out positions 0, 1, 2...
/// in the order keys are first inserted, for the caller's arrays of values.
struct NumberTable {
    /// Open addressing: a position plus one, 0 for an empty slot.
    private var slots: [Int32]
    private var keys: [UInt64] = []

    /// A table with room for `capacity` keys before it grows.
    init(capacity: Int = 0) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        slots = [Int32](repeating: 0, count: size)
        keys.reserveCapacity(capacity)
    }

    /// How many keys were inserted.
    var count: Int { keys.count }

    /// The position of `key`: the one it was given when first inserted (`isNew` false), or the
    /// next one, `count` before the call (`isNew` true).
    mutating func insert(_ key: UInt64) -> (position: Int, isNew: Bool) {
        let mask = slots.count - 1
        var slot = Self.slot(key, mask: mask)
        while true {
            let position = Int(slots[slot]) - 1
            if position < 0 { break }
            if keys[position] == key { return (position, false) }
            slot = (slot + 1) & mask
        }
        keys.append(key)
        slots[slot] = Int32(truncatingIfNeeded: keys.count)
        if keys.count * 2 > slots.count { grow() }
        return (keys.count - 1, true)
    }

    /// The first slot to look at for `key` (a mix of all its bits: consecutive IDs spread out).
    private static func slot(_ key: UInt64, mask: Int) -> Int {
        var h = key &* 0x9E37_79B9_7F4A_7C15
        h ^= h >> 31
        h = h &* 0xBF58_476D_1CE4_E5B9
        return Int(truncatingIfNeeded: h ^ (h >> 29)) & mask
    }

    /// Twice as many slots, every key placed again.
    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for (index, key) in keys.enumerated() {
            var slot = Self.slot(key, mask: mask)
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(truncatingIfNeeded: index + 1)
        }
    }
}
