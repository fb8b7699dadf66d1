import Foundation
import PlanModel

/// Values derived from one chapter's parse, made once and shared by every copy of its
/// ``ChapterSource``: the language server keeps each chapter's parse across edits of the others,
/// and re-compiles the plan after each edit, so an unchanged chapter's section tree, its
/// annotation, its sector plan and its own section findings are computed once, not once per
/// edit. Safe from any thread.
///
/// A compile asks each chapter for a few values, so this is a short list searched in order
/// under one lock, not a hash table: on a large plan a hashed, per-key locked cache cost a
/// tenth of a language server's re-check.
public final class ChapterDerived: @unchecked Sendable {
    private let lock = NSLock()
    private var narrativeValue: Narrative?
    /// Newest last; at most ``limit``: a long editing session that changes the plan's vocabulary
    /// or a chapter's language often makes new keys.
    private var entries: [Entry] = []
    private static let limit = 16

    private struct Entry {
        var type: ObjectIdentifier
        var key: any Sendable
        var value: any Sendable
    }

    public init() {}

    /// The chapter's narrative, made by `make` on first use.
    public func narrative(_ make: () -> Narrative) -> Narrative {
        if let made = lock.withLock({ narrativeValue }) { return made }
        let made = make()
        return lock.withLock {
            if let first = narrativeValue { return first }
            narrativeValue = made
            return made
        }
    }

    /// The value for `key`, made by `make` on first use. `key` must say everything besides this
    /// parse that the value depends on: the same key always gives the value first made for it.
    /// Two threads asking for a new key at once may both make it; the first one stored is kept.
    public func value<Key: Hashable & Sendable, Value: Sendable>(for key: Key, make: () -> Value) -> Value {
        if let found: Value = lock.withLock({ lookUp(key) }) { return found }
        let made = make()
        return lock.withLock {
            if let first: Value = lookUp(key) { return first }
            if entries.count >= Self.limit { entries.removeFirst() }
            entries.append(Entry(type: ObjectIdentifier(Key.self), key: key, value: made))
            return made
        }
    }

    /// Whether the value for `key` has been made.
    public func hasValue<Key: Hashable & Sendable>(for key: Key) -> Bool {
        lock.withLock { index(of: key) != nil }
    }

    /// The value stored for `key`; call with the lock held. A key's type belongs to one caller,
    /// which always stores the same type of value under it.
    private func lookUp<Key: Hashable & Sendable, Value>(_ key: Key) -> Value? {
        index(of: key).map { entries[$0].value as! Value }
    }

    private func index<Key: Hashable & Sendable>(of key: Key) -> Int? {
        let type = ObjectIdentifier(Key.self)
        return entries.firstIndex { $0.type == type && ($0.key as! Key) == key }
    }
}
