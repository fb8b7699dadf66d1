import Foundation
import TestSupport
import Testing

/// `rrp compile` as a user runs it.
@Suite(.serialized) struct CompileCommandTests {
    @Test func successSaysWhereTheHTMLIs() throws {
        let out = try TemporaryDirectory()
        defer { out.remove() }
        let result = try RRPProcess.run(["compile", "Tests/PlanRenderTests/Fixtures/two-country", "--out", out.path, "--diagnostics-format", "line"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("rrp: open \(out.path)/regional.html"))
        #expect(FileManager.default.fileExists(atPath: out.path + "/regional.md"))
    }

    @Test func errorsMeanNothingIsWritten() throws {
        let plan = try TemporaryDirectory(), out = try TemporaryDirectory()
        defer { plan.remove(); out.remove() }
        let text = try String(contentsOfFile: PackagePaths.path("Tests/PlanRenderTests/Fixtures/two-country/plan.md"), encoding: .utf8)
        try plan.write("plan.md", text.replacingOccurrences(of: "type: ingo", with: "type: nowhere"))
        let result = try RRPProcess.run(["compile", plan.path, "--out", out.path + "/docs", "--diagnostics-format", "line"])
        #expect(result.status == 1)
        #expect(result.stdout.contains(": error: "))
        #expect(result.stderr.contains("nothing written"))
        #expect(!FileManager.default.fileExists(atPath: out.path + "/docs"))
    }

    @Test func emitCountryAndNoHXLOptions() throws {
        let out = try TemporaryDirectory()
        defer { out.remove() }
        let result = try RRPProcess.run(["compile", "Tests/PlanRenderTests/Fixtures/two-country", "--out", out.path, "--format", "html,csv", "--country", "TCD", "--no-hxl"])
        #expect(result.status == 0, "\(result.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(names == [".rrp-outputs.json", ".rrp-outputs.lock", "country-TCD.html", "indicators.csv", "planning-figures-chapters.csv", "planning-figures.csv", "requirements.csv"])
        let csv = String(decoding: FileManager.default.contents(atPath: out.path + "/requirements.csv")!, as: UTF8.self)
        #expect(!csv.contains("#country+code"))
        let bad = try RRPProcess.run(["compile", "Tests/PlanRenderTests/Fixtures/two-country", "--out", out.path, "--format", "rtf"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("--format: unknown format rtf"))
    }

    @Test func staleFilesAreReportedOnStandardError() throws {
        let out = try TemporaryDirectory()
        defer { out.remove() }
        let fixture = "Tests/PlanRenderTests/Fixtures/two-country"
        #expect(try RRPProcess.run(["compile", fixture, "--out", out.path, "--format", "html,md"]).status == 0)
        try out.write("country-CMR.md", "edited")
        let result = try RRPProcess.run(["compile", fixture, "--out", out.path, "--format", "html"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("rrp: warning: \(out.path)/country-CMR.md is stale (no longer produced) and was kept because it was modified"), "\(result.stderr)")
        #expect(result.stderr.contains("rrp: removed stale \(out.path)/regional.md\n"), "\(result.stderr)")
        #expect(result.stderr.contains("rrp: wrote 3 files to \(out.path), removed 2 stale files\n"), "\(result.stderr)")
    }
}
