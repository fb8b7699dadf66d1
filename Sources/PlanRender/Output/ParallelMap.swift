import Foundation

/// Runs independent jobs on every core and returns their results in the jobs' order (so the
/// output does not depend on scheduling). The first error thrown, in job order, is rethrown.
enum ParallelMap {
    static func map<Job: Sendable, Result: Sendable>(_ jobs: [Job], _ work: @Sendable (Job) throws -> Result) throws -> [Result] {
        let results = ResultBox<Result>(count: jobs.count)
        DispatchQueue.concurrentPerform(iterations: jobs.count) { i in
            results.set(i, Swift.Result { try work(jobs[i]) })
        }
        return try results.values.map { try $0!.get() }
    }

    private final class ResultBox<Value: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var slots: [Swift.Result<Value, any Error>?]

        init(count: Int) { slots = Array(repeating: nil, count: count) }

        func set(_ index: Int, _ value: Swift.Result<Value, any Error>) { lock.withLock { slots[index] = value } }

        var values: [Swift.Result<Value, any Error>?] { lock.withLock { slots } }
    }
}
