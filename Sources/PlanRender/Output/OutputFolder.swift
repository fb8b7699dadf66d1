import Foundation
import PlanModel
import PlanSyntax

/// Writes a compile's files into the output folder and keeps the folder's ``OutputManifest``,
/// through an ``OutputSession``: locks the folder, stages each file, writes the manifest in
/// progress, replaces the files, removes the stale files of a full compile (``StaleOutputs``),
/// and writes the manifest complete.
///
/// A *full* compile (no `--country`) owns the folder's listed files: the new manifest lists
/// exactly what it produced (plus stale files it had to keep), and listed files it no longer
/// produces are removed, including those of formats no longer requested. A *partial* compile
/// (`--country`) removes nothing: its manifest is the previous one with its own files added or
/// updated. A missing manifest (a first compile) removes nothing; an unreadable one is reported
/// and replaced, and removes nothing.
public enum OutputFolder {
    /// What a write did; paths are the folder's path joined with the file names.
    public struct Report: Sendable, Hashable {
        /// Every file of this compile, sorted (written, or already up to date).
        public var files: [String]
        /// Stale files removed, sorted.
        public var removed: [String]
        /// Stale files kept, and an untrusted manifest.
        public var warnings: [OutputWarning]
        /// The manifest.
        public var manifest: String
    }

    /// Writes `files` into `directory`; `partial` for a `--country` compile. Throws
    /// ``RenderError/write(path:reason:)`` when the folder or a file cannot be written, or a
    /// name is not plain (``OutputName/isPlain(_:)``), and ``RenderError/locked(folder:lockFile:)``
    /// when another compile holds the folder for longer than `lockWait`.
    public static func write(_ files: [OutputFile], into directory: String, partial: Bool, lockWait: Duration = OutputSession.defaultLockWait) throws -> Report {
        for file in files where !OutputName.isPlain(file.name) {
            throw RenderError.write(path: path(directory, file.name), reason: "not a plain output file name")
        }
        let session = try OutputSession(directory: directory, lockWait: lockWait)
        defer { session.abandon() }
        // Files are independent: stage and hash them on every core.
        _ = try ConcurrentMap.map(files) { try session.write($0) }
        return try session.finish(partial: partial)
    }

    /// The previous manifest; `nil` when there is none, or (with a warning) when it cannot be
    /// trusted.
    static func readManifest(_ path: String, warnings: inout [OutputWarning]) -> OutputManifest? {
        switch RegularFile.read(path) {
        case .missing:
            return nil
        case .notRegular:
            warnings.append(.manifestInvalid(path: path, reason: "it is not a regular file"))
        case .unreadable(let reason):
            warnings.append(.manifestInvalid(path: path, reason: "it cannot be read (\(reason))"))
        case .bytes(let bytes):
            switch OutputManifest.parse(bytes) {
            case .success(let manifest): return manifest
            case .failure(let invalid): warnings.append(.manifestInvalid(path: path, reason: invalid.reason))
            }
        }
        return nil
    }

    static func path(_ directory: String, _ name: String) -> String {
        (directory as NSString).appendingPathComponent(name)
    }
}
