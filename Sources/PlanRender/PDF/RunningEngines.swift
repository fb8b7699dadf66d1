import Dispatch
import Foundation

/// The PDF engines running now and their temporary folders, stopped and removed with `rrp` when
/// it is interrupted. Foundation starts each engine in a process group of its own, so a Ctrl-C
/// (`SIGINT`) or a `SIGTERM` that ends `rrp` would leave the engines printing into temporary
/// folders nobody removes. From the first folder made, those two signals stop every engine
/// (`SIGKILL`), remove every folder, and then end `rrp` as the signal would have (the output
/// folder is left as after any interrupted compile: the next compile removes its temporaries).
/// A `SIGKILL` cannot be caught: its engines finish on their own.
///
/// Folders are made and filled, engines started and folders removed under one lock, which the
/// interrupt takes and never gives back: a folder made or an engine started on another thread
/// while the interrupt is being handled is either in the registry when the handler reads it, or
/// never made at all.
final class RunningEngines: @unchecked Sendable {
    static let shared = RunningEngines()

    private let lock = NSLock()
    /// Every folder made and not yet removed, with the engine started in it, if any.
    private var folders: [String: Int32?] = [:]
    private var interrupt: InterruptSignal?

    /// Makes a new private folder for one document's input and output (under the system's
    /// temporary folder) and writes `files` (a name in the folder and its bytes) into it, removed
    /// by ``release(_:)`` or when `rrp` is interrupted. The files are written under the lock: an
    /// interrupt never removes a folder while a file is being written into it (which would leave
    /// the folder behind, not empty).
    func makeFolder(for name: String, holding files: [(name: String, bytes: Data)]) throws -> String {
        try lock.withLock {
            if interrupt == nil { interrupt = InterruptSignal { [weak self] number in self?.stopAll(then: number) } }
            var template = Array((NSTemporaryDirectory() + "/rrp-pdf-XXXXXX").utf8CString)
            guard let made = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
                throw RenderError.pdfEngineFailed(document: name, reason: "cannot create a temporary folder in \(NSTemporaryDirectory())")
            }
            let folder = String(cString: made)
            do {
                for file in files { try file.bytes.write(to: URL(fileURLWithPath: folder + "/" + file.name)) }
            } catch {
                try? FileManager.default.removeItem(atPath: folder)
                throw RenderError.pdfEngineFailed(document: name, reason: "cannot write its input in \(folder): \(error.localizedDescription)")
            }
            folders[folder] = .some(nil)
            return folder
        }
    }

    /// Starts `process`, an engine working in `folder` (made by ``makeFolder(for:)``); an
    /// interrupt from now on stops it.
    func run(_ process: Process, in folder: String) throws {
        try lock.withLock {
            try process.run()
            folders[folder] = .some(process.processIdentifier)
        }
    }

    /// Removes `folder` once its engine has finished (or was never started).
    func release(_ folder: String) {
        lock.withLock {
            try? FileManager.default.removeItem(atPath: folder)
            folders.removeValue(forKey: folder)
        }
    }

    /// Stops every engine, removes every folder, then ends the process with `number`'s default
    /// action. The lock is kept: no other thread makes a folder or starts an engine after this.
    private func stopAll(then number: Int32) {
        lock.lock()
        // SIGKILL: an engine inherits the signal mask of the thread that started it, which may
        // block SIGTERM.
        for case let pid? in folders.values { kill(pid, SIGKILL) }
        // A killed engine may finish the write it is in after `kill` returns; a file it adds while
        // its folder is being removed makes the removal fail. Tried again for up to half a second.
        for folder in folders.keys.sorted() {
            for _ in 0..<50 {
                try? FileManager.default.removeItem(atPath: folder)
                if !FileManager.default.fileExists(atPath: folder) { break }
                usleep(10_000)
            }
        }
        // The signal is raised on this thread, unblocked here first: sent to the process, it
        // could be taken by the signal source again (whose handler would then wait on the lock
        // forever) instead of ending the process.
        signal(number, SIG_DFL)
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, number)
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
        raise(number)
        _exit(128 + number)
    }
}
