import Foundation

/// Values computed once and shared by every thread that asks: per compile, the documents'
/// chapter bodies, places and template values (which render in parallel); per process, what a
/// language's locale data says, country-name words, heading matchers.
/// Thread-safe; the first thread to ask for a key computes it and the others asking for the same
/// key meanwhile wait for that result instead of computing it again.
public final class OnceCache<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Key: Slot] = [:]
    /// The number of keys past which the cache starts over (`nil`: no bound).
    private let limit: Int?

    /// A cache that keeps every key, or starts over when it holds `limit` keys (for keys that a
    /// long-running process may keep making, such as a vocabulary a user edits).
    public init(limit: Int? = nil) {
        self.limit = limit
    }

    /// The cached value for `key`, made by `make` the first time. An error is not cached: the
    /// next caller tries again.
    public func value(for key: Key, make: () throws -> Value) rethrows -> Value {
        let (slot, isNew) = lock.withLock { () -> (Slot, Bool) in
            if let slot = slots[key] { return (slot, false) }
            if let limit, slots.count >= limit { slots.removeAll() }
            let slot = Slot()
            slot.lock.lock()
            slots[key] = slot
            return (slot, true)
        }
        if !isNew {
            slot.lock.lock()
            defer { slot.lock.unlock() }
            if let value = slot.value { return value }
            // The first maker failed: make it here (the error, if any, is this caller's too).
            let made = try make()
            slot.value = made
            return made
        }
        defer { slot.lock.unlock() }
        let made = try make()
        slot.value = made
        return made
    }

    /// The value made for `key` so far, if any: waits for a maker at work, makes nothing.
    public func existingValue(for key: Key) -> Value? {
        guard let slot = lock.withLock({ slots[key] }) else { return nil }
        slot.lock.lock()
        defer { slot.lock.unlock() }
        return slot.value
    }

    /// One key's value, locked by its maker until it is set.
    private final class Slot: @unchecked Sendable {
        let lock = NSLock()
        var value: Value?
    }
}
