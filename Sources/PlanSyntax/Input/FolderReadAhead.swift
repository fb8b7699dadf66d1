import Dispatch
import Foundation

/// A plan folder read (``InputWalk/folder(_:)``) on another thread before the command that needs
/// it knows its options: `rrp compile PLAN_DIR` starts reading while its command line is still
/// being parsed (several milliseconds on one core, while the other would wait). What is read is
/// what ``InputWalk/folder(_:)`` would read a few milliseconds later.
///
/// One folder at a time: ``start(_:)`` a path, then ``take(_:)`` it once. A command that never
/// takes it (a wrong invocation, `--help`) just exits.
public enum FolderReadAhead {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var pending: Pending?

    /// Starts reading the folder at `path` (as the user spelled it) on another thread, unless a
    /// read ahead is already pending.
    public static func start(_ path: String) {
        lock.withLock {
            guard pending == nil else { return }
            let started = Pending(path: path)
            DispatchQueue.global().async(group: started.group) { started.folder = InputWalk.folder(path) }
            pending = started
        }
    }

    /// The folder read ahead for exactly `path`, waiting for the read to finish; `nil` when no
    /// read ahead of that path is pending (it is handed out once).
    public static func take(_ path: String) -> InputFolder? {
        let taken: Pending? = lock.withLock {
            guard let started = pending, started.path == path else { return nil }
            pending = nil
            return started
        }
        guard let taken else { return nil }
        taken.group.wait()
        return taken.folder
    }

    /// A read under way: written once by its thread before the group is left, read after the wait.
    private final class Pending: @unchecked Sendable {
        let path: String
        let group = DispatchGroup()
        var folder: InputFolder?

        init(path: String) {
            self.path = path
        }
    }
}
