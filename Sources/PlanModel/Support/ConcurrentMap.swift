import Dispatch

/// Maps independent work over the available cores, keeping the input order (results do not
/// depend on scheduling). A transform that throws makes the map throw the first error in input
/// order, after every item has run.
public enum ConcurrentMap {
    public static func map<T: Sendable, U: Sendable, E: Error>(_ items: [T], _ transform: @Sendable (T) throws(E) -> U) throws(E) -> [U] {
        guard items.count > 1 else {
            var out: [U] = []
            for item in items { out.append(try transform(item)) }
            return out
        }
        var results = [Result<U, E>?](repeating: nil, count: items.count)
        results.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let slots = buffer
            DispatchQueue.concurrentPerform(iterations: items.count) { index in
                slots[index] = Result { () throws(E) -> U in try transform(items[index]) }
            }
        }
        var out: [U] = []
        out.reserveCapacity(items.count)
        for result in results { out.append(try result!.get()) }
        return out
    }
}
