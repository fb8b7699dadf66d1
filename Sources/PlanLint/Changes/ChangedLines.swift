import Foundation
import PlanDiagnostics

/// The lines changed since a git ref, per file (`--changed-since REF`): parsed from
/// `git diff --unified=0` output, plus untracked files, which count as changed throughout.
public struct ChangedLines: Sendable, Equatable {
    /// Changed line numbers (new side) by path relative to `root`.
    public var lines: [String: Set<Int>]
    /// Files changed as a whole (untracked, new).
    public var wholeFiles: Set<String>
    /// The repository's top-level directory: diagnostic paths are made relative to it.
    public var root: String?

    /// Changed lines by path, whole files, and the root paths are relative to.
    public init(lines: [String: Set<Int>] = [:], wholeFiles: Set<String> = [], root: String? = nil) {
        self.lines = lines
        self.wholeFiles = wholeFiles
        self.root = root
    }

    /// Parses `git diff --unified=0` output: `+++ b/path` starts a file, `@@ -a,b +c,d @@` adds
    /// lines `c..<c+d` (`d` defaults to 1; a pure deletion adds none). Deleted files are skipped.
    public static func parse(diff: String, root: String? = nil) -> ChangedLines {
        var result = ChangedLines(root: root)
        var current: String?
        for line in diff.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("+++ ") {
                let path = line.dropFirst(4).trimmingCharacters(in: .whitespaces)
                current = path == "/dev/null" ? nil : String(path.hasPrefix("b/") ? path.dropFirst(2) : Substring(path))
                if let current { result.lines[current, default: []].formUnion([]) }
            } else if line.hasPrefix("@@"), let current, let hunk = newSide(of: line) {
                result.lines[current, default: []].formUnion(hunk)
            }
        }
        return result
    }

    /// `+c,d` of a hunk header as a range of line numbers.
    static func newSide(of header: Substring) -> Range<Int>? {
        guard let plus = header.split(separator: " ").first(where: { $0.hasPrefix("+") }) else { return nil }
        let parts = plus.dropFirst().split(separator: ",")
        guard let start = parts.first.flatMap({ Int($0) }) else { return nil }
        let count = parts.count > 1 ? Int(parts[1]) ?? 1 : 1
        return start..<(start + count)
    }

    /// Whether `line` of `file` (a path as diagnostics give it) changed.
    public func contains(file: String, line: Int) -> Bool {
        let key = relative(file)
        return wholeFiles.contains(key) || lines[key]?.contains(line) == true
    }

    /// The diagnostics on changed lines; file-level diagnostics (no range) of changed files.
    public func filter(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.filter { d in
            guard let range = d.range else {
                let key = relative(d.file)
                return wholeFiles.contains(key) || lines[key] != nil
            }
            return (range.start.line...max(range.start.line, range.end.line)).contains { contains(file: d.file, line: $0) }
        }
    }

    /// `path` relative to `root` (resolved against the current directory when relative).
    func relative(_ path: String) -> String {
        guard let root else { return path }
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        let standard = URL(fileURLWithPath: absolute).standardizedFileURL.path
        let base = URL(fileURLWithPath: root).standardizedFileURL.path
        return standard.hasPrefix(base + "/") ? String(standard.dropFirst(base.count + 1)) : path
    }
}
