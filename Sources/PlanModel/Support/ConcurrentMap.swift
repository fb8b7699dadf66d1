import Dispatch

/// Maps independent work over the available cores, keeping the input order (results do not
/// depend on scheduling). A transform that throws makes the map throw the first error in input
/// order, after every item has run.
public enum ConcurrentMap {
    public static func map<T: Sendable, U: Sendable, E: Error>(_ items: [T], _ transform: @Sendable (T) throws(E) -> U) throws(E) -> [U] {
        try map(items, scheduled: Array(items.indices), transform)
    }

    /// As ``map(_:_:)``, the items started in the order of `schedule`, a permutation of the
    /// items' indices (what is needed soonest first); the results still in the items' order.
    public static func map<T: Sendable, U: Sendable, E: Error>(
        _ items: [T], scheduled schedule: [Int], _ transform: @Sendable (T) throws(E) -> U
    ) throws(E) -> [U] {
        precondition(schedule.count == items.count, "the schedule names every item once")
        guard items.count > 1 else {
            var out: [U] = []
            for item in items { out.append(try transform(item)) }
            return out
        }
        var results = [Result<U, E>?](repeating: nil, count: items.count)
        results.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let slots = buffer
            DispatchQueue.concurrentPerform(iterations: items.count) { step in
                let index = schedule[step]
                slots[index] = Result { () throws(E) -> U in try transform(items[index]) }
            }
        }
        var out: [U] = []
        out.reserveCapacity(items.count)
        // Each result moved out of its slot, not copied: a copy retains every reference the
        // result holds (a parsed chapter holds hundreds), and freeing the slots released them again.
        for index in results.indices {
            switch results[index].take()! {
            case .success(let value): out.append(value)
            case .failure(let error): throw error
            }
        }
        return out
    }
}
