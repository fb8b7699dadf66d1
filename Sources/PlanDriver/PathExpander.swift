import Foundation
import PlanCompiler
import PlanDiagnostics
import PlanSyntax

/// Turns command-line paths (files or folders) into the Markdown files they name.
///
/// Folders are walked as plan folders are (``PlanFolder``): sorted, hidden entries and `.build*`
/// folders skipped, `.md` files only. A path that does not exist is an `io.unreadable` error.
public enum PathExpander {
    public static func markdownFiles(in paths: [String]) -> (files: [String], diagnostics: [Diagnostic]) {
        var files: [String] = []
        var diagnostics: [Diagnostic] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                diagnostics.append(SourceRules.unreadable.diagnostic(
                    file: path,
                    summary: "No such file or folder",
                    explanation: "Check the path; paths are relative to the current folder."
                ))
                continue
            }
            if isDirectory.boolValue {
                files += PlanFolder.markdownFiles(in: path) ?? []
            } else {
                files.append(path)
            }
        }
        return (files, diagnostics)
    }
}
