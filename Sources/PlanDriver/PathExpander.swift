import Foundation
import PlanDiagnostics

/// Turns command-line paths (files or folders) into the Markdown files they name.
///
/// Folders are walked recursively in sorted order; hidden entries, `.build*` folders and
/// non-Markdown files are skipped. A path that does not exist is an `io.unreadable` error.
public enum PathExpander {
    public static func markdownFiles(in paths: [String]) -> (files: [String], diagnostics: [Diagnostic]) {
        var files: [String] = []
        var diagnostics: [Diagnostic] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                diagnostics.append(Diagnostic(
                    id: "io.unreadable", severity: .error, file: path, range: nil,
                    summary: "No such file or folder",
                    explanation: "Check the path; paths are relative to the current folder."
                ))
                continue
            }
            if isDirectory.boolValue {
                files += walk(path)
            } else {
                files.append(path)
            }
        }
        return (files, diagnostics)
    }

    /// Markdown files below `folder`, sorted by path.
    public static func walk(_ folder: String) -> [String] {
        let manager = FileManager.default
        guard let entries = try? manager.contentsOfDirectory(atPath: folder) else { return [] }
        var out: [String] = []
        for entry in entries.sorted() where !entry.hasPrefix(".") {
            let path = folder.hasSuffix("/") ? folder + entry : folder + "/" + entry
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                out += walk(path)
            } else if entry.lowercased().hasSuffix(".md") || entry.lowercased().hasSuffix(".markdown") {
                out.append(path)
            }
        }
        return out
    }
}
