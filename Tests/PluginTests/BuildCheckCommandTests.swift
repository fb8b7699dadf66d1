import Foundation
import TestSupport
import Testing

/// `rrp build-check`, the hidden command the PlanCheck build-tool plugin runs.
@Suite struct BuildCheckCommandTests {
    @Test func writesTheReportOnlyWhenItChanges() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        _ = try RRPProcess.run(["init", ".", "--rrpkit-path", PackagePaths.root], in: dir.path)
        let report = dir.path + "/out/plan-check.json"
        let first = try RRPProcess.run(["build-check", "--output", report, dir.path + "/plan"])
        #expect(first.status == 0, "\(first.stdout)\(first.stderr)")
        let written = try FileManager.default.attributesOfItem(atPath: report)[.modificationDate] as? Date
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: report))) as? [String: Any]
        #expect(object?["version"] as? Int == 1)
        // Same content: the file is left alone, so the build system sees no change.
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_000_000)], ofItemAtPath: report)
        _ = try RRPProcess.run(["build-check", "--output", report, dir.path + "/plan"])
        let after = try FileManager.default.attributesOfItem(atPath: report)[.modificationDate] as? Date
        #expect(after == Date(timeIntervalSince1970: 1_000_000))
        #expect(written != nil)
    }

    @Test func writesTheConsolidatedPlanForOnePlanFolder() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        _ = try RRPProcess.run(["init", ".", "--rrpkit-path", PackagePaths.root], in: dir.path)
        let plan = dir.path + "/gen/plan.json"
        let result = try RRPProcess.run(["build-check", "--output", dir.path + "/gen/check.json", "--plan-json", plan, dir.path + "/plan"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: plan))) as? [String: Any]
        #expect(object?["schema"] as? String == "rrpkit-plan")
        // Byte for byte what `rrp compile` writes, however the folder is spelled.
        let compiled = try RRPProcess.run(["compile", "plan", "--format", "json", "--out", "out"], in: dir.path)
        #expect(compiled.status == 0, "\(compiled.stdout)\(compiled.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: plan)) == Data(contentsOf: URL(fileURLWithPath: dir.path + "/out/plan.json")))
        let twoFolders = try RRPProcess.run(["build-check", "--output", "x.json", "--plan-json", plan, "a", "b"], in: dir.path)
        #expect(twoFolders.status == 2)
    }

    @Test func errorsPrintAbsoluteLinesASummaryAndExitOne() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("plan/c.md", "---\nchapter: country\n")
        let report = dir.path + "/plan-check.json"
        let result = try RRPProcess.run(["build-check", "--output", report, dir.path + "/plan/c.md"])
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix(dir.path + "/plan/c.md:1:1: error: "), "\(result.stdout)")
        #expect(result.stderr.contains("rrp: plan check failed: 1 error"))
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: report))) as? [String: Any]
        #expect((object?["summary"] as? [String: Any])?["errors"] as? Int == 1)
    }

    @Test func isHiddenFromHelp() throws {
        let help = try RRPProcess.run(["--help"])
        #expect(!help.stdout.contains("build-check"))
        #expect(help.stdout.contains("init"))
    }
}
