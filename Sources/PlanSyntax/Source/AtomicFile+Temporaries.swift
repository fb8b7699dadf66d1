import Foundation

extension AtomicFile {
    /// The target's name if `name` is the name of one of ``AtomicFile``'s temporaries
    /// (`.NAME.rrp-XXXXXX`, six letters or digits); `nil` for any other name.
    public static func target(ofTemporary name: String) -> String? {
        let bytes = Array(name.utf8)
        let suffix = Array(".rrp-".utf8)
        let random = 6
        guard bytes.count > 1 + suffix.count + random, bytes[0] == UInt8(ascii: ".") else { return nil }
        let tail = bytes.count - random
        guard Array(bytes[(tail - suffix.count)..<tail]) == suffix,
              bytes[tail...].allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x61 && $0 <= 0x7A) })
        else { return nil }
        return String(decoding: bytes[1..<(tail - suffix.count)], as: UTF8.self)
    }

    /// Removes from `folder` the temporaries that interrupted writes left behind: regular files
    /// named `.NAME.rrp-XXXXXX` for which `isTarget(NAME)` holds and that no living writer holds
    /// (a writer keeps its temporary locked until it renames it; the system drops the lock of a
    /// killed process). Nothing else is touched: not another name, not a link or folder of that
    /// name, not a file this call cannot lock. Returns the removed paths, sorted.
    public static func removeAbandonedTemporaries(in folder: String, of isTarget: (String) -> Bool) -> [String] {
        let listed = (try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder)) ?? []
        var removed: [String] = []
        for name in listed.sorted() {
            guard let target = target(ofTemporary: name), isTarget(target) else { continue }
            let path = folder.isEmpty ? name : (folder as NSString).appendingPathComponent(name)
            if removeIfAbandoned(path) { removed.append(path) }
        }
        return removed
    }

    /// Removes the regular file at `path` if it can be locked at once, and only while `path`
    /// still names the file that was locked.
    private static func removeIfAbandoned(_ path: String) -> Bool {
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var held = stat(), named = stat()
        guard fstat(fd, &held) == 0, held.st_mode & S_IFMT == S_IFREG, flock(fd, LOCK_EX | LOCK_NB) == 0,
              lstat(path, &named) == 0, named.st_dev == held.st_dev, named.st_ino == held.st_ino
        else { return false }
        return unlink(path) == 0
    }
}
