import Foundation

/// Keeps two compiles out of one output folder: an exclusive `flock` on ``fileName`` in the
/// folder, held from the start of an ``OutputSession`` to its end. The system releases it when
/// the process ends, however it ends, so a killed compile never leaves the folder locked. The
/// file itself stays (removing it would let two compiles lock two different files).
final class OutputLock: @unchecked Sendable {
    /// The lock file's name in the output folder (hidden, and never a plain output name).
    static let fileName = ".rrp-outputs.lock"

    private let lock = NSLock()
    private var fd: Int32

    /// Locks `directory`, waiting up to `wait` for another compile to finish (calling `waiting`
    /// once when it has to wait). Throws ``RenderError/locked(folder:lockFile:)`` when the wait
    /// ends first, ``RenderError/write(path:reason:)`` when the lock file cannot be made.
    init(directory: String, wait: Duration, waiting: (() -> Void)? = nil) throws {
        let path = OutputFolder.path(directory, Self.fileName)
        let fd = open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw RenderError.write(path: path, reason: errno == ELOOP ? "it is a symbolic link" : String(cString: strerror(errno)))
        }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            close(fd)
            throw RenderError.write(path: path, reason: "it is not a regular file")
        }
        let deadline = ContinuousClock.now + wait
        var told = false
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR else {
                let reason = String(cString: strerror(errno))
                close(fd)
                throw RenderError.write(path: path, reason: "it cannot be locked (\(reason))")
            }
            guard ContinuousClock.now < deadline else {
                close(fd)
                throw RenderError.locked(folder: directory, lockFile: path)
            }
            if !told {
                waiting?()
                told = true
            }
            usleep(20_000)
        }
        self.fd = fd
    }

    /// Unlocks the folder (again: nothing).
    func release() {
        lock.withLock {
            if fd >= 0 { close(fd) }
            fd = -1
        }
    }

    deinit { release() }
}
