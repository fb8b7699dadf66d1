import Foundation

/// Work started on a thread of its own and waited for when its result is needed: the data files
/// named on the command line are read and parsed while the plan loads, since they need nothing
/// from it (``DataInputs/init(readingAhead:for:)``); the funding stage measures half of its
/// "did you mean" edit distances beside the other half; `plan.json`'s funding object is written
/// beside the rest of the document.
///
/// A thread of its own, not a dispatch queue: the stages that wait for the result run on
/// libdispatch's workers, and the work must never wait for a free worker (nor run serially, as
/// `concurrentPerform` inside `concurrentPerform` does).
final class OwnThread<Value: Sendable>: @unchecked Sendable {
    private let finished = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var result: Value?

    /// Starts `work` at once.
    init(_ work: @escaping @Sendable () -> Value) {
        Thread.detachNewThread { [self] in
            let value = work()
            lock.withLock { result = value }
            finished.signal()
        }
    }

    /// The work's result: waits until it has finished.
    var value: Value {
        if let done = lock.withLock({ result }) { return done }
        finished.wait()
        // Let any other thread waiting through.
        finished.signal()
        return lock.withLock { result! }
    }
}
