import Foundation
import Testing

/// Golden files beside the tests: `Tests/PlanSyntaxTests/DSL/Golden/NAME`. With
/// `RRP_RECORD_GOLDEN=1` the file is rewritten and the check fails, so that a recording run can
/// never pass by accident.
enum Golden {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Golden")

    static func check(_ actual: String, name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["RRP_RECORD_GOLDEN"] == "1" {
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try? actual.write(to: url, atomically: true, encoding: .utf8)
            Issue.record("Recorded golden file \(name); run again without RRP_RECORD_GOLDEN to check it", sourceLocation: sourceLocation)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("Missing golden file \(name); record it with RRP_RECORD_GOLDEN=1", sourceLocation: sourceLocation)
            return
        }
        if expected != actual { Issue.record("Golden file \(name) differs:\n\(lineDiff(expected, actual))", sourceLocation: sourceLocation) }
    }

    /// The lines that differ, `-` expected and `+` actual.
    static func lineDiff(_ expected: String, _ actual: String) -> String {
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var out: [String] = []
        for i in 0..<max(e.count, a.count) {
            let l = i < e.count ? String(e[i]) : nil
            let r = i < a.count ? String(a[i]) : nil
            if l != r {
                if let l { out.append("\(i + 1) - \(l)") }
                if let r { out.append("\(i + 1) + \(r)") }
            }
        }
        return out.joined(separator: "\n")
    }
}
