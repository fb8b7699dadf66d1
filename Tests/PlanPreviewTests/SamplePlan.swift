import Foundation
import PlanPreview
import TestSupport

/// A copy of Samples/lake-basin-rrp in a temporary folder, to edit.
struct SamplePlan {
    let dir: TemporaryDirectory
    var path: String { dir.path + "/plan" }

    init() throws {
        dir = try TemporaryDirectory()
        try FileManager.default.copyItem(atPath: PackagePaths.path("Samples/lake-basin-rrp"), toPath: dir.path + "/plan")
    }

    func remove() { dir.remove() }

    func read(_ relative: String) throws -> String {
        try String(contentsOfFile: path + "/" + relative, encoding: .utf8)
    }

    /// Replaces `old` by `new` in a chapter (which must hold it).
    func edit(_ relative: String, replacing old: String, with new: String) throws {
        let text = try read(relative)
        precondition(text.contains(old), "\(relative) has no '\(old)'")
        try text.replacingOccurrences(of: old, with: new).write(toFile: path + "/" + relative, atomically: true, encoding: .utf8)
    }

    /// The 1-based line of the first line of `relative` that holds `needle`.
    func line(of needle: String, in relative: String) throws -> Int {
        try read(relative).split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(needle) }! + 1
    }

    /// The plan built in memory, as `rrp preview` does.
    func build(language: String? = nil) -> PreviewBuild {
        var options = PreviewOptions(planDirectory: path)
        options.render.language = language
        return PreviewCompiler(options: options).build()
    }

    static func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }
}
