import Foundation

/// Values computed once per compile and shared by its documents (which render in parallel):
/// a chapter body, a place's chapter as rendered in one language, a document's template values;
/// and, process-wide, what a language's locale data says (``LocalePatterns``).
/// Thread-safe; the first thread to ask for a key computes it and the others asking for the same
/// key meanwhile wait for that result instead of computing it again.
final class RenderCache<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Key: Slot] = [:]

    init() {}

    /// The cached value for `key`, made by `make` the first time. An error is not cached: the
    /// next caller tries again.
    func value(for key: Key, make: () throws -> Value) rethrows -> Value {
        let (slot, isNew) = lock.withLock { () -> (Slot, Bool) in
            if let slot = slots[key] { return (slot, false) }
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

    /// One key's value, locked by its maker until it is set.
    private final class Slot: @unchecked Sendable {
        let lock = NSLock()
        var value: Value?
    }
}
