import Foundation
@testable import PlanPreview
import TestSupport
import Testing

/// A save wakes the watcher at once (Linux inotify) instead of at the next poll.
@Suite struct FolderEventsTests {
    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/proc/sys/fs/inotify"), "inotify is Linux's"))
    func aSaveWakesTheWatcherBeforeThePollInterval() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("TCD/protection.md", "a\n")
        let events = FolderEvents()
        events.watch(ChangeDetector(planDirectory: dir.path).snapshot().folders)
        // Nothing happens: the wait lasts the whole interval.
        var start = ContinuousClock.now
        events.wait(upTo: .milliseconds(300))
        #expect(ContinuousClock.now - start >= .milliseconds(290))
        // A save in a sub-folder ends the wait long before the interval.
        let path = dir.path + "/TCD/protection.md"
        Thread.detachNewThread {
            Thread.sleep(forTimeInterval: 0.1)
            try? "b\n".write(toFile: path, atomically: true, encoding: .utf8)
        }
        start = ContinuousClock.now
        events.wait(upTo: .seconds(20))
        #expect(ContinuousClock.now - start < .seconds(10))
    }
}
