import Foundation

/// Finds the Markdown files of a plan folder.
///
/// The walk is sorted by path (byte order) so that results never depend on the file system.
/// It skips hidden entries (`.git`, `.DS_Store`), build folders (`.build`, `.build-release`...)
/// and every file whose name does not end in `.md`.
public enum PlanFolder {
    /// Paths of the `.md` files under `directory`, sorted, each starting with `directory`.
    /// `nil` when `directory` is not a readable folder.
    public static func markdownFiles(in directory: String) -> [String]? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else { return nil }
        var out: [String] = []
        walk(directory, into: &out)
        return out.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }

    private static func walk(_ directory: String, into out: inout [String]) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        for name in names.sorted() where !isIgnored(name) {
            let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                walk(path, into: &out)
            } else if name.hasSuffix(".md") {
                out.append(path)
            }
        }
    }

    /// Hidden entries, which include SwiftPM build folders (`.build*`).
    static func isIgnored(_ name: String) -> Bool {
        name.hasPrefix(".")
    }
}
