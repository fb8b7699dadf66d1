import Dispatch
import Foundation

/// The PDF engines running now, stopped with `rrp` when it is interrupted. Foundation starts each
/// engine in a process group of its own, so a Ctrl-C (`SIGINT`) or a `SIGTERM` that ends `rrp`
/// would leave the engines printing into temporary folders nobody removes. While an engine runs,
/// those two signals stop every engine (`SIGKILL`), remove their folders, and then end `rrp` as
/// the signal would have (the output folder is left as after any interrupted compile: the next
/// compile removes its temporaries). A `SIGKILL` cannot be caught: its engines finish on their own.
final class RunningEngines: @unchecked Sendable {
    static let shared = RunningEngines()

    private let lock = NSLock()
    private var running: [Int32: String] = [:]
    private var sources: [DispatchSourceSignal] = []
    private static let signals = [SIGINT, SIGTERM]

    /// Records an engine (its process id and temporary folder) until ``finished(_:)``.
    func started(_ pid: Int32, folder: String) {
        lock.withLock {
            running[pid] = folder
            if sources.isEmpty { installHandlers() }
        }
    }

    func finished(_ pid: Int32) {
        lock.withLock { _ = running.removeValue(forKey: pid) }
    }

    /// Catches the signals from now on (once per process).
    private func installHandlers() {
        for number in Self.signals {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { [weak self] in self?.stopAll(then: number) }
            source.resume()
            sources.append(source)
        }
    }

    /// Stops every engine, removes its folder, then ends the process with `number`'s default action.
    private func stopAll(then number: Int32) {
        let engines = lock.withLock { running }
        for (pid, folder) in engines {
            // SIGKILL: an engine inherits the signal mask of the thread that started it, which
            // may block SIGTERM.
            kill(pid, SIGKILL)
            try? FileManager.default.removeItem(atPath: folder)
        }
        signal(number, SIG_DFL)
        kill(getpid(), number)
    }
}
