import Foundation

/// Runs two independent pieces of work at the same time (loading the templates while the plan is
/// checked, encoding `plan.json` while the documents render) and returns both results.
///
/// `main` runs on the calling thread and `side` on a global queue: `main` spreads its own work
/// over every core (`DispatchQueue.concurrentPerform`), which libdispatch would run serially if
/// it were itself called from inside a `concurrentPerform`.
enum Concurrently {
    static func run<A: Sendable, B: Sendable>(_ main: () -> A, beside side: @escaping @Sendable () -> B) -> (A, B) {
        let box = Box<B>()
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) { box.set(side()) }
        let a = main()
        group.wait()
        return (a, box.value!)
    }

    private final class Box<B: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var stored: B?

        func set(_ value: B) { lock.withLock { stored = value } }
        var value: B? { lock.withLock { stored } }
    }
}
