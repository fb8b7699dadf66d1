import Foundation

/// Writes files so that readers see the old content or the new one, never a mix: the bytes go
/// to a temporary file in the same folder, which is flushed to disk and then renamed over the
/// target. A symbolic link at the target's name is replaced, never followed.
///
/// Temporaries are named `.NAME.rrp-XXXXXX` (NAME the target's name, `XXXXXX` six letters or
/// digits from `mkstemp`) and are locked with `flock` while their writer lives, so that a later
/// run can tell one a killed process left behind and remove it
/// (``removeAbandonedTemporaries(in:of:)``).
///
/// Permissions: a target that is a regular file keeps its permission bits (read, write and
/// execute for user, group and others; setuid, setgid and sticky are not carried over); a new
/// file, and one that replaces anything else (a link, whatever it points to), gets `0644`
/// minus the umask.
public enum AtomicFile {
    /// Why a write failed.
    public struct WriteError: Error, Sendable, CustomStringConvertible {
        /// The file that could not be written.
        public var path: String
        /// What the system said.
        public var reason: String
        public var description: String { "Cannot write \(path): \(reason)" }

        public init(path: String, reason: String) {
            self.path = path
            self.reason = reason
        }
    }

    /// Replaces the file at `path` with `bytes` (creating it if needed).
    public static func write(_ bytes: [UInt8], to path: String) throws {
        try bytes.withUnsafeBytes { try write($0, to: path) }
    }

    /// Replaces the file at `path` with the bytes of `bytes` (creating it if needed). The
    /// temporary stays locked until it is renamed.
    public static func write(_ bytes: UnsafeRawBufferPointer, to path: String) throws {
        let (fd, temporary) = try makeTemporary(for: path, holding: bytes)
        defer { close(fd) }
        try Staged(target: path, temporary: temporary).publish()
    }

    /// Writes the bytes of `bytes` to a flushed temporary beside `path` and leaves the target
    /// as it is: ``Staged/publish()`` renames it over the target, ``Staged/discard()`` removes
    /// it. A staged temporary is no longer locked, so whoever stages must keep other writers
    /// out of the folder until it publishes (`rrp compile` locks its output folder).
    public static func stage(_ bytes: UnsafeRawBufferPointer, for path: String) throws -> Staged {
        let (fd, temporary) = try makeTemporary(for: path, holding: bytes)
        close(fd)
        return Staged(target: path, temporary: temporary)
    }

    /// A complete temporary waiting to replace its target.
    public struct Staged: Sendable, Hashable {
        /// The file it replaces.
        public let target: String
        /// The temporary's path.
        public let temporary: String

        /// Renames the temporary over the target (removing the temporary if that fails).
        public func publish() throws {
            guard rename(temporary, target) == 0 else {
                let error = failure(target)
                unlink(temporary)
                throw error
            }
        }

        /// Removes the temporary; the target stays as it was.
        public func discard() {
            unlink(temporary)
        }
    }

    /// A new temporary beside `path`, locked, holding `bytes` flushed to disk with the target's
    /// mode; returns its open descriptor (the lock lasts until it is closed) and its path.
    private static func makeTemporary(for path: String, holding bytes: UnsafeRawBufferPointer) throws -> (Int32, String) {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        let mode = permissions(of: path)
        // A cleaner may remove a temporary between `mkstemp` and `flock` (it cannot once the
        // lock is held): then the file has no name left and another one is made.
        for _ in 0..<8 {
            var template = Array((folder + "/." + url.lastPathComponent + ".rrp-XXXXXX").utf8CString)
            let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
            guard fd >= 0 else { throw failure(path) }
            var info = stat()
            guard flock(fd, LOCK_EX | LOCK_NB) == 0, fstat(fd, &info) == 0, info.st_nlink > 0 else {
                close(fd)
                continue
            }
            let temporary = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
            do {
                try writeAll(bytes, to: fd, path: path)
                guard fchmod(fd, mode) == 0, fsync(fd) == 0 else { throw failure(path) }
            } catch {
                unlink(temporary)
                close(fd)
                throw error
            }
            return (fd, temporary)
        }
        throw WriteError(path: path, reason: "its temporary file kept being removed by another process")
    }

    private static func writeAll(_ bytes: UnsafeRawBufferPointer, to fd: Int32, path: String) throws {
        var written = 0
        while written < bytes.count {
            let n = Glibc.write(fd, bytes.baseAddress! + written, bytes.count - written)
            if n < 0, errno == EINTR { continue }
            guard n > 0 else { throw failure(path) }
            written += n
        }
    }

    /// The permission bits of the regular file at `path` (not followed if it is a link), or
    /// `0644` minus the umask.
    static func permissions(of path: String) -> mode_t {
        var info = stat()
        if lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG { return info.st_mode & 0o777 }
        return 0o644 & ~processUmask
    }

    /// The process's umask, read once: from `/proc/self/status` where the system has it, so
    /// that writes on several threads never set the umask to read it (setting it while
    /// another thread creates a file would give that file the wrong mode).
    static let processUmask: mode_t = {
        if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
           let line = status.split(separator: "\n").first(where: { $0.hasPrefix("Umask:") }),
           let mask = mode_t(line.dropFirst("Umask:".count).trimmingCharacters(in: .whitespaces), radix: 8) {
            return mask
        }
        let mask = umask(0o022)
        umask(mask)
        return mask
    }()

    static func failure(_ path: String) -> WriteError {
        WriteError(path: path, reason: String(cString: strerror(errno)))
    }
}
