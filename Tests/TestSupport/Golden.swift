import Foundation

/// Golden-file comparison: `actual` must equal the file's content.
///
/// With `RRP_RECORD_GOLDEN=1` in the environment the file is (re)written and the comparison
/// reports a failure anyway, so a recording run can never pass by accident.
public enum Golden {
    /// Compares `actual` with the golden file at `path`; returns a failure message or `nil`.
    public static func check(_ actual: String, against path: String) -> String? {
        let recording = ProcessInfo.processInfo.environment["RRP_RECORD_GOLDEN"] == "1"
        if recording {
            try? FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try? Data(actual.utf8).write(to: URL(fileURLWithPath: path))
            return "recorded \(path) (RRP_RECORD_GOLDEN=1): rerun without it to compare"
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return "missing golden file \(path); run with RRP_RECORD_GOLDEN=1 to record it"
        }
        let expected = String(decoding: data, as: UTF8.self)
        guard expected != actual else { return nil }
        return "golden mismatch for \(path):\n" + LineDiff.describe(expected: expected, actual: actual)
    }
}

/// A minimal line diff for failure messages.
public enum LineDiff {
    /// Lines only in `expected` prefixed "-", lines only in `actual` prefixed "+", around the
    /// first difference.
    public static func describe(expected: String, actual: String) -> String {
        let e = expected.components(separatedBy: "\n")
        let a = actual.components(separatedBy: "\n")
        var first = 0
        while first < min(e.count, a.count), e[first] == a[first] { first += 1 }
        var out = "first difference at line \(first + 1)\n"
        for line in e[first..<min(e.count, first + 8)] { out += "- \(line)\n" }
        for line in a[first..<min(a.count, first + 8)] { out += "+ \(line)\n" }
        return out
    }
}
