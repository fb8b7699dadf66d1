import Foundation
import PlanSyntax

/// Writing generated files: atomically (`AtomicFile`), and only when the content differs from what is on disk
/// (so build systems that watch modification times see no change for the same content).
public enum GeneratedFile {
    /// Writes `contents` to `path` unless the file already holds exactly these bytes; creates
    /// the parent folder. Returns whether the file was written.
    @discardableResult
    public static func writeIfChanged(_ contents: String, to path: String) throws -> Bool {
        try writeIfChanged(Array(contents.utf8), to: path)
    }

    /// The same for bytes.
    @discardableResult
    public static func writeIfChanged(_ bytes: [UInt8], to path: String) throws -> Bool {
        if let existing = FileManager.default.contents(atPath: path), Array(existing) == bytes { return false }
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        try AtomicFile.write(bytes, to: path)
        return true
    }
}
