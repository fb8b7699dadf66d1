/// The generated verb forms of one language (`verbs.json` through the inflection and conjugation
/// generators), keyed by the hash of the folded form: open addressing, looked up only for the
/// words of sentences the rules read, so the table every token goes through stays small.
struct VerbTable: Sendable {
    private var keys: [UInt64]
    private var classes: [WordClass]
    private var mask: Int
    /// Keys held (at most half the slots).
    private var count = 0

    /// An empty table with room for about `count` forms before it grows. The lexicon fills it
    /// with ``formUnion(_:forKey:)`` as the conjugators give the forms (no `Dictionary` hashing
    /// each key again on the way).
    init(capacity count: Int = 0) {
        var capacity = 16
        while capacity < count * 2 { capacity *= 2 }
        keys = [UInt64](repeating: 0, count: capacity)
        classes = [WordClass](repeating: [], count: capacity)
        mask = capacity - 1
    }

    init(_ forms: [UInt64: WordClass]) {
        self.init(capacity: forms.count)
        // The slots depend on the insertion order, the lookups do not: no need to sort.
        for (key, cls) in forms { formUnion(cls, forKey: key) }
    }

    /// Adds `cls` to the classes of the form whose folded hash is `key` (a form without classes
    /// is no form: nothing is added).
    mutating func formUnion(_ cls: WordClass, forKey key: UInt64) {
        guard !cls.isEmpty else { return }
        if (count + 1) * 2 > keys.count { grow() }
        var i = Int(truncatingIfNeeded: key) & mask
        while !classes[i].isEmpty {
            if keys[i] == key {
                classes[i].formUnion(cls)
                return
            }
            i = (i + 1) & mask
        }
        keys[i] = key
        classes[i] = cls
        count += 1
    }

    /// Twice the slots, every key placed again.
    private mutating func grow() {
        var bigger = VerbTable(capacity: keys.count)
        for i in keys.indices where !classes[i].isEmpty { bigger.formUnion(classes[i], forKey: keys[i]) }
        self = bigger
    }

    /// No forms: every lookup gives no class (a language without generated verb forms).
    static let empty = VerbTable([:])

    /// The classes of a folded token hash; empty when it is no known verb form.
    @inline(__always) func lookup(_ key: UInt64) -> WordClass {
        var i = Int(truncatingIfNeeded: key) & mask
        while true {
            let c = classes[i]
            if c.isEmpty || keys[i] == key { return c }
            i = (i + 1) & mask
        }
    }
}
