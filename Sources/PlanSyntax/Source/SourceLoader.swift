import Foundation
import PlanDiagnostics
import PlanModel

/// Reads files from disk. I/O failures become `io.*` diagnostics; nothing here throws an
/// author-facing error.
public enum SourceLoader {
    /// Reads and decodes one file.
    public static func load(path: String) -> (file: SourceFile?, diagnostics: [Diagnostic]) {
        guard let data = FileManager.default.contents(atPath: path) else {
            let exists = FileManager.default.fileExists(atPath: path)
            return (nil, [SourceRules.unreadable.diagnostic(
                file: path,
                summary: exists ? "Cannot read this file" : "No such file or folder",
                explanation: exists ? "Check the file's permissions." : "Check the path; paths are relative to the current folder."
            )])
        }
        return SourceFile.decode(path: path, bytes: [UInt8](data))
    }
}
