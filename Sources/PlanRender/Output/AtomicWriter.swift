import Foundation
import PlanSyntax

/// Writes output files atomically with ``AtomicFile`` (a temporary file in the same folder,
/// flushed, then renamed over the target, so a reader never sees half a file), and leaves a file
/// whose bytes are already the same untouched (its modification time stays). Only the named
/// files are touched: nothing else in the folder is read, moved or removed.
public enum AtomicWriter {
    /// Writes `bytes` to `path`; returns whether the file changed.
    @discardableResult
    public static func write(_ bytes: [UInt8], to path: String) throws -> Bool {
        if let existing = FileManager.default.contents(atPath: path), same(existing, bytes) { return false }
        do {
            try AtomicFile.write(bytes, to: path)
        } catch let error as AtomicFile.WriteError {
            throw RenderError.write(path: path, reason: error.reason)
        }
        return true
    }

    /// Byte equality with `memcmp` (element-wise comparison of `Data` is slow on large files).
    private static func same(_ data: Data, _ bytes: [UInt8]) -> Bool {
        guard data.count == bytes.count else { return false }
        return data.withUnsafeBytes { a in bytes.withUnsafeBytes { b in a.count == 0 || memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0 } }
    }
}
