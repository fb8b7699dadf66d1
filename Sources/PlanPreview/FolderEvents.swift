import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Wakes the watcher as soon as a file in a watched folder is written and closed, created,
/// moved or removed (Linux inotify), so a save is seen without waiting for the next poll. The
/// poll interval stays the upper bound, and ``ChangeDetector`` still decides what changed: an
/// event only says "look now". Where inotify is missing, waiting is sleeping.
final class FolderEvents: @unchecked Sendable {
    private let descriptor: Int32
    private var watched: Set<String> = []

    init() {
        #if os(Linux)
        descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        #else
        descriptor = -1
        #endif
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    /// Watches `folders` (a folder watched before and gone is forgotten; the kernel dropped it).
    func watch(_ folders: Set<String>) {
        #if os(Linux)
        guard descriptor >= 0 else { return }
        watched.formIntersection(folders)
        let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_ATTRIB | IN_DELETE_SELF)
        for folder in folders.subtracting(watched) where inotify_add_watch(descriptor, folder, mask) >= 0 {
            watched.insert(folder)
        }
        #endif
    }

    /// Returns when something happened in a watched folder (after `settle`, so that the writes
    /// of one save are seen together), or after `timeout`.
    func wait(upTo timeout: Duration, settle: Duration = .milliseconds(15)) {
        guard descriptor >= 0 else {
            Thread.sleep(forTimeInterval: Self.seconds(timeout))
            return
        }
        var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        if poll(&request, 1, Int32(Self.seconds(timeout) * 1000)) > 0 {
            Thread.sleep(forTimeInterval: Self.seconds(settle))
            drain()
        }
    }

    /// Reads and forgets the pending events.
    private func drain() {
        var buffer = [UInt8](repeating: 0, count: 16384)
        while read(descriptor, &buffer, buffer.count) > 0 {}
    }

    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
