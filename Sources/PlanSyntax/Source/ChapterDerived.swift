import PlanModel

/// Values derived from one chapter's parse, made once and shared by every copy of its
/// ``ChapterSource``: the language server keeps each chapter's parse across edits of the others,
/// and re-compiles the plan after each edit, so an unchanged chapter's section tree, its
/// annotation and its own section findings are computed once, not once per edit. Safe from any
/// thread.
public final class ChapterDerived: Sendable {
    /// The narrative, under the one key `narrative`.
    private let values = OnceCache<String, Narrative>()
    /// Values that depend on this parse and on what their key says (a vocabulary's matcher, a
    /// language...). Bounded: a long editing session that changes the plan's vocabulary or a
    /// chapter's language often makes new keys, and the cache starts over past 16.
    private let keyed = OnceCache<DerivedKey, Derived>(limit: 16)

    public init() {}

    /// The chapter's narrative, made by `make` on first use.
    public func narrative(_ make: () -> Narrative) -> Narrative {
        values.value(for: "narrative", make: make)
    }

    /// The value for `key`, made by `make` on first use. `key` must say everything besides this
    /// parse that the value depends on: the same key always gives the value first made for it.
    public func value<Key: Hashable & Sendable, Value: Sendable>(for key: Key, make: () -> Value) -> Value {
        let derived = keyed.value(for: DerivedKey(key)) { Derived(make()) }
        // A key's type belongs to one caller, which always stores the same type under it.
        return derived.value as! Value
    }

    /// Whether the value for `key` has been made (or is being made).
    public func hasValue<Key: Hashable & Sendable>(for key: Key) -> Bool {
        keyed.contains(DerivedKey(key))
    }

    /// A caller's key, of any type: keys of two types are never equal.
    private struct DerivedKey: Hashable, @unchecked Sendable {
        /// Holds a `Sendable` key only (see the initializer).
        let key: AnyHashable
        init<Key: Hashable & Sendable>(_ key: Key) { self.key = AnyHashable(key) }
    }

    /// One derived value, of the type its key's caller stores.
    private final class Derived: Sendable {
        let value: any Sendable
        init(_ value: any Sendable) { self.value = value }
    }
}
