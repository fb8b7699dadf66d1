import Foundation

/// Writes files so that readers see the old content or the new one, never a mix: the bytes go
/// to a temporary file in the same folder (created with `mkstemp`), which is flushed to disk and
/// then renamed over the target. The target's permissions are kept; a new file gets the usual
/// `0666` minus the umask.
public enum AtomicFile {
    /// Why a write failed.
    public struct WriteError: Error, Sendable, CustomStringConvertible {
        /// The file that could not be written.
        public var path: String
        /// What the system said.
        public var reason: String
        public var description: String { "Cannot write \(path): \(reason)" }
    }

    /// Replaces the file at `path` with `bytes` (creating it if needed).
    public static func write(_ bytes: [UInt8], to path: String) throws {
        try bytes.withUnsafeBytes { try write($0, to: path) }
    }

    /// Replaces the file at `path` with the bytes of `bytes` (creating it if needed).
    public static func write(_ bytes: UnsafeRawBufferPointer, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        var template = Array((folder + "/." + url.lastPathComponent + ".rrp-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw failure(path) }
        let temporary = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        do {
            try writeAll(bytes, to: fd, path: path)
            guard fchmod(fd, permissions(of: path)) == 0, fsync(fd) == 0 else { throw failure(path) }
        } catch {
            close(fd)
            unlink(temporary)
            throw error
        }
        close(fd)
        guard rename(temporary, path) == 0 else {
            let error = failure(path)
            unlink(temporary)
            throw error
        }
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

    /// The existing file's permission bits, or `0666` minus the umask for a new file.
    private static func permissions(of path: String) -> mode_t {
        var info = stat()
        if stat(path, &info) == 0 { return info.st_mode & 0o7777 }
        let mask = umask(0)
        umask(mask)
        return 0o666 & ~mask
    }

    private static func failure(_ path: String) -> WriteError {
        WriteError(path: path, reason: String(cString: strerror(errno)))
    }
}
