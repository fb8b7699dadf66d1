import Dispatch
import Foundation

/// Catches SIGINT (Ctrl-C) and SIGTERM so the preview can stop cleanly instead of being killed;
/// once removed, a further signal kills the process as usual.
final class InterruptSignal: @unchecked Sendable {
    private let sources: [(Int32, any DispatchSourceSignal)]

    /// Calls `handler` with the signal's number each time one of `signals` arrives.
    init(_ signals: [Int32] = [SIGINT, SIGTERM], handler: @escaping @Sendable (Int32) -> Void) {
        sources = signals.map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { handler(number) }
            source.resume()
            return (number, source)
        }
    }

    /// Stops catching the signals.
    func remove() {
        for (number, source) in sources {
            source.cancel()
            signal(number, SIG_DFL)
        }
    }
}
