import Foundation
import PlanSyntax

/// Writes output files atomically with ``AtomicFile`` (a temporary file in the same folder,
/// flushed, then renamed over the target, so a reader never sees half a file), and leaves a file
/// whose bytes are already the same untouched (its modification time stays). Only the named
/// files are touched: nothing else in the folder is read, moved or removed. Failures are
/// ``RenderError/write(path:reason:)``.
public enum AtomicWriter {
    /// Writes `bytes` to `path`; returns whether the file changed.
    @discardableResult
    public static func write(_ bytes: [UInt8], to path: String) throws -> Bool {
        try bytes.withUnsafeBytes { try write($0, to: path) }
    }

    /// Writes the bytes of `bytes` to `path`; returns whether the file changed.
    @discardableResult
    public static func write(_ bytes: UnsafeRawBufferPointer, to path: String) throws -> Bool {
        if holds(path, bytes) { return false }
        try reported { try AtomicFile.write(bytes, to: path) }
        return true
    }

    /// Stages the bytes of `bytes` for `path` (``AtomicFile/stage(_:for:)``); `nil` when the
    /// file already holds them.
    static func stage(_ bytes: UnsafeRawBufferPointer, for path: String) throws -> AtomicFile.Staged? {
        if holds(path, bytes) { return nil }
        return try reported { try AtomicFile.stage(bytes, for: path) }
    }

    /// Renames a staged temporary over its target.
    static func publish(_ staged: AtomicFile.Staged) throws {
        try reported { try staged.publish() }
    }

    /// `body`'s result, its ``AtomicFile/WriteError`` as ``RenderError/write(path:reason:)``.
    private static func reported<R>(_ body: () throws -> R) throws -> R {
        do {
            return try body()
        } catch let error as AtomicFile.WriteError {
            throw RenderError.write(path: error.path, reason: error.reason)
        }
    }

    /// Whether the regular file at `path` (not followed if it is a link) holds exactly `expected`:
    /// sizes first, then the contents a chunk at a time (a recompile compares megabytes of
    /// unchanged documents; reading them whole would allocate and fault in as much memory).
    static func holds(_ path: String, _ expected: UnsafeRawBufferPointer) -> Bool {
        let same = RegularFile.withFile(path) { fd, size -> Bool in
            guard size == expected.count else { return false }
            let chunkSize = 1 << 18
            let chunk = UnsafeMutableRawPointer.allocate(byteCount: chunkSize, alignment: 16)
            defer { chunk.deallocate() }
            var offset = 0
            while offset < expected.count {
                let n = read(fd, chunk, min(chunkSize, expected.count - offset))
                if n < 0, errno == EINTR { continue }
                guard n > 0, memcmp(chunk, expected.baseAddress! + offset, n) == 0 else { return false }
                offset += n
            }
            // The file must end where the bytes do.
            return read(fd, chunk, 1) == 0
        }
        return (try? same.get()) ?? false
    }
}
