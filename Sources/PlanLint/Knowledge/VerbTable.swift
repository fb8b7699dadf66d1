/// The generated verb forms of one language (`verbs.json` through the inflection and conjugation
/// generators), keyed by the hash of the folded form: open addressing, looked up only for the
/// words of sentences the rules read, so the table every token goes through stays small.
struct VerbTable: Sendable {
    private let keys: [UInt64]
    private let classes: [WordClass]
    private let mask: Int

    init(_ forms: [UInt64: WordClass]) {
        var capacity = 16
        while capacity < forms.count * 2 { capacity *= 2 }
        var keys = [UInt64](repeating: 0, count: capacity)
        var classes = [WordClass](repeating: [], count: capacity)
        // The slots depend on the insertion order, the lookups do not: no need to sort.
        for (key, cls) in forms {
            var i = Int(truncatingIfNeeded: key) & (capacity - 1)
            while !classes[i].isEmpty { i = (i + 1) & (capacity - 1) }
            keys[i] = key
            classes[i] = cls
        }
        self.keys = keys
        self.classes = classes
        mask = capacity - 1
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
