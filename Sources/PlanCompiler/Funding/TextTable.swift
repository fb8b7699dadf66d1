import PlanModel

/// Values by text, for look-ups that tens of thousands of records repeat with a few hundred
/// distinct texts (a funding tally's organisation, country and sector names): the text's bytes
/// are hashed eight at a time (as ``InternedTexts`` does) instead of one by one, and compared only
/// on a matching hash.
struct TextTable<Value> {
    /// Open addressing: an index into the entries plus one, 0 for an empty slot.
    private var slots = [Int32](repeating: 0, count: 64)
    private var hashes: [UInt64] = []
    private var keys: [String] = []
    private var values: [Value] = []

    init() {}

    /// How many texts have a value.
    var count: Int { keys.count }

    /// The value of `text`; setting `nil` is not supported (values are only added or replaced).
    subscript(text: String) -> Value? {
        get {
            let (_, _, index) = find(text)
            return index.map { values[$0] }
        }
        set {
            guard let newValue else { preconditionFailure("TextTable values cannot be removed") }
            let (hash, slot, index) = find(text)
            if let index {
                values[index] = newValue
                return
            }
            hashes.append(hash)
            keys.append(text)
            values.append(newValue)
            slots[slot] = Int32(truncatingIfNeeded: keys.count)
            if keys.count * 2 > slots.count { grow() }
        }
    }

    /// The hash of `text`, and the slot of its entry (its index) or of the empty slot where it
    /// would go.
    private func find(_ text: String) -> (hash: UInt64, slot: Int, index: Int?) {
        var text = text
        let hash = text.withUTF8 { InternedTexts.hash($0, 0..<$0.count) }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let index = Int(slots[slot]) - 1
            if index < 0 { return (hash, slot, nil) }
            if hashes[index] == hash, keys[index] == text { return (hash, slot, index) }
            slot = (slot + 1) & mask
        }
    }

    /// Twice as many slots, every entry placed again.
    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for (index, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(truncatingIfNeeded: index + 1)
        }
    }
}

extension TextTable: Sendable where Value: Sendable {}
