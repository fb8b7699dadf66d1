import Foundation

/// Reads a file without following a symbolic link: the name must be a regular file itself
/// (opened with `O_NOFOLLOW` and `O_NONBLOCK`, checked with `fstat`), so a link placed in a folder
/// can never make `rrp` read, hash or remove something outside it, and a FIFO never blocks it.
/// The input walk reads chapters with it (after resolving the links it may follow), the output
/// folder its own files.
public enum RegularFile {
    /// What was found at a path.
    public enum Contents: Sendable, Equatable {
        /// Nothing by that name.
        case missing
        /// A symbolic link, a folder or another kind of file.
        case notRegular
        /// A regular file that could not be read, with the system's reason.
        case unreadable(String)
        /// The file's bytes.
        case bytes([UInt8])
    }

    /// Why a path is not an open regular file.
    public enum Failure: Error, Equatable {
        case missing
        case notRegular
        case unreadable(String)
    }

    /// `body` run with the regular file at `path`, opened read-only (without following a link),
    /// and its size; the file is closed afterwards.
    public static func withFile<R>(_ path: String, _ body: (_ fd: Int32, _ size: Int) -> R) -> Result<R, Failure> {
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK)
        if fd < 0 {
            switch errno {
            case ENOENT: return .failure(.missing)
            case ELOOP: return .failure(.notRegular)
            default: return .failure(.unreadable(String(cString: strerror(errno))))
            }
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .failure(.unreadable(String(cString: strerror(errno)))) }
        guard info.st_mode & S_IFMT == S_IFREG else { return .failure(.notRegular) }
        return .success(body(fd, Int(info.st_size)))
    }

    /// The contents of the regular file at `path`.
    public static func read(_ path: String) -> Contents {
        let read = withFile(path) { fd, size -> Contents in
            // Straight into an array of the file's size, plus one byte to see whether it ended
            // there (a file that grew meanwhile is read on, in chunks).
            var failure: Int32 = 0
            var bytes = [UInt8](unsafeUninitializedCapacity: size + 1) { buffer, count in
                count = 0
                while count < buffer.count {
                    let n = Glibc.read(fd, buffer.baseAddress! + count, buffer.count - count)
                    if n < 0, errno == EINTR { continue }
                    if n < 0 { failure = errno }
                    if n <= 0 { return }
                    count += n
                }
            }
            var chunk: [UInt8] = []
            while failure == 0, bytes.count > size {
                if chunk.isEmpty { chunk = [UInt8](repeating: 0, count: 1 << 16) }
                let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
                if n < 0, errno == EINTR { continue }
                if n < 0 { failure = errno }
                if n <= 0 { break }
                bytes += chunk[..<n]
            }
            return failure == 0 ? .bytes(bytes) : .unreadable(String(cString: strerror(failure)))
        }
        switch read {
        case .success(let contents): return contents
        case .failure(.missing): return .missing
        case .failure(.notRegular): return .notRegular
        case .failure(.unreadable(let reason)): return .unreadable(reason)
        }
    }

    /// Removes the directory entry `path` (a link itself, never what it points to); returns the
    /// system's reason on failure.
    public static func remove(_ path: String) -> String? {
        unlink(path) == 0 ? nil : String(cString: strerror(errno))
    }
}
