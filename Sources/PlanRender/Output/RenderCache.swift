import Foundation

/// Values computed once per compile and shared by its documents (which render in parallel):
/// a chapter body, or a place's chapter as rendered in one language. Thread-safe; two threads
/// asking for the same key at once may both compute it, with the same result.
final class RenderCache<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [Key: Value] = [:]

    init() {}

    /// The cached value for `key`, made by `make` the first time.
    func value(for key: Key, make: () throws -> Value) rethrows -> Value {
        if let hit = lock.withLock({ entries[key] }) { return hit }
        let made = try make()
        lock.withLock { entries[key] = made }
        return made
    }
}
