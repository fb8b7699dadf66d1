import Dispatch
import Foundation

/// Catches SIGINT (Ctrl-C) and SIGTERM so that `rrp` can stop cleanly instead of being killed
/// (the preview server closes its port; a PDF compile stops its engines); once removed, a
/// further signal kills the process as usual.
public final class InterruptSignal: @unchecked Sendable {
    private let sources: [(Int32, any DispatchSourceSignal)]
    /// The handler's own serial queue: it gets a thread even while every worker of the global
    /// queues is blocked (waiting for a PDF engine, say).
    private let queue = DispatchQueue(label: "rrp.interrupt-signal")

    /// Calls `handler` with the signal's number each time one of `signals` arrives.
    public init(_ signals: [Int32] = [SIGINT, SIGTERM], handler: @escaping @Sendable (Int32) -> Void) {
        let queue = self.queue
        sources = signals.map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler { handler(number) }
            source.resume()
            return (number, source)
        }
    }

    /// Stops catching the signals.
    public func remove() {
        for (number, source) in sources {
            source.cancel()
            signal(number, SIG_DFL)
        }
    }
}
