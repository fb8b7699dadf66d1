/// A fixed set of ``TokenHash`` keys (``Keys``, the tokenizer's elisions), asked only whether it
/// holds a key: open addressing on the key's own bits, as ``VerbTable`` does. The keys are
/// hashes already; `Set<UInt64>` hashed each of them again with SipHash, about a hundred
/// instructions a look-up, and the clause reading asks hundreds of thousands of times on a
/// large plan.
struct KeySet: Sendable {
    /// Slots, `0` when empty (a key that is `0` is held by ``holdsZero``).
    private let slots: [UInt64]
    private let mask: Int
    private let holdsZero: Bool

    init<S: Sequence>(_ keys: S) where S.Element == UInt64 {
        let unique = Array(Set(keys))
        var capacity = 8
        while capacity < unique.count * 2 { capacity *= 2 }
        var slots = [UInt64](repeating: 0, count: capacity)
        var holdsZero = false
        for key in unique {
            guard key != 0 else { holdsZero = true; continue }
            var i = Int(truncatingIfNeeded: key) & (capacity - 1)
            while slots[i] != 0 { i = (i + 1) & (capacity - 1) }
            slots[i] = key
        }
        self.slots = slots
        self.holdsZero = holdsZero
        mask = capacity - 1
    }

    /// Whether `key` is one of the set's keys.
    @inline(__always) func contains(_ key: UInt64) -> Bool {
        if key == 0 { return holdsZero }
        return slots.withUnsafeBufferPointer { slots in
            var i = Int(truncatingIfNeeded: key) & mask
            while true {
                let slot = slots[i]
                if slot == key { return true }
                if slot == 0 { return false }
                i = (i + 1) & mask
            }
        }
    }

    /// The keys of this set and of `other` (`Keys.dataNouns` is the study nouns and a few more).
    func union(_ other: KeySet) -> KeySet {
        var keys = slots.filter { $0 != 0 } + other.slots.filter { $0 != 0 }
        if holdsZero || other.holdsZero { keys.append(0) }
        return KeySet(keys)
    }
}
