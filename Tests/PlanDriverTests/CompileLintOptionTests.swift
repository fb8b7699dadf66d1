import Foundation
import TestSupport
import Testing

/// `rrp compile` runs the plan checks; the language rules only with `--lint`.
@Suite struct CompileLintOptionTests {
    @Test func languageRulesRunOnlyWithLint() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let plan = (dir.path as NSString).appendingPathComponent("plan")
        try FileManager.default.copyItem(atPath: PackagePaths.path("Samples/lake-basin-rrp"), toPath: plan)
        let chapter = try #require(PathWalk.firstSectorChapter(in: plan))
        let text = String(decoding: FileManager.default.contents(atPath: chapter)!, as: UTF8.self)
        try Data((text + "\nUNHCR will distribute core relief items.\n").utf8).write(to: URL(fileURLWithPath: chapter))
        let out = (dir.path as NSString).appendingPathComponent("out")
        let plain = try RRPProcess.run(["compile", plan, "--out", out, "--format", "json", "--diagnostics-format", "line"])
        #expect(plain.status == 0)
        #expect(!plain.stdout.contains("[language."))
        let linted = try RRPProcess.run(["compile", plan, "--out", out, "--format", "json", "--diagnostics-format", "line", "--lint"])
        #expect(linted.status == 0)
        #expect(linted.stdout.contains("[language.agency-as-actor]"))
        #expect(FileManager.default.fileExists(atPath: out + "/plan.json"))
    }
}
