import Foundation

/// Runs two independent pieces of work at the same time (loading the templates while the plan is
/// checked, encoding `plan.json` while the documents render) and returns both results.
enum Concurrently {
    static func run<A: Sendable, B: Sendable>(_ a: @Sendable () -> A, _ b: @Sendable () -> B) -> (A, B) {
        let box = Box<A, B>()
        DispatchQueue.concurrentPerform(iterations: 2) { i in
            if i == 0 { box.setA(a()) } else { box.setB(b()) }
        }
        return box.values
    }

    private final class Box<A: Sendable, B: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var a: A?
        private var b: B?

        func setA(_ value: A) { lock.withLock { a = value } }
        func setB(_ value: B) { lock.withLock { b = value } }
        var values: (A, B) { lock.withLock { (a!, b!) } }
    }
}
