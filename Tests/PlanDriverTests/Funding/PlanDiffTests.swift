import Foundation
import PlanDriver
import Testing
import TestSupport

/// `rrp diff`: a revised copy of the sample against the sample, in each format and through git.
@Suite struct PlanDiffTests {
    static let sample = PackagePaths.path("Samples/lake-basin-rrp")

    /// A copy of the sample in `dir/name`, revised: UNHCR's 2026 protection line in Chad raised by
    /// USD 1,000,000 (and the headline with it), a target raised, host-community people targeted
    /// raised, one section of the text rewritten.
    static func revised(in parent: String, name: String = "revised") throws -> String {
        let folder = parent + "/" + name
        try FileManager.default.copyItem(atPath: sample, toPath: folder)
        func edit(_ file: String, _ pairs: [(String, String)]) throws {
            var text = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
            for (a, b) in pairs {
                #expect(text.contains(a), "\(file): \(a)")
                text = text.replacingOccurrences(of: a, with: b)
            }
            try text.write(toFile: folder + "/" + file, atomically: true, encoding: .utf8)
        }
        try edit("plan.md", [("2026: USD 141.9 million", "2026: USD 142.9 million")])
        try edit("TCD/protection.md", [
            ("    2026: USD 9,800,000", "    2026: USD 10,800,000"), ("    target: 95%", "    target: 98%"), ("    targeted: 135,000", "    targeted: 150,000"),
            ("De nombreux réfugiés n'ont pas de documents", "Beaucoup de réfugiés n'ont pas de documents"),
        ])
        return folder
    }

    @Test func reportsMoneyFiguresIndicatorsAndChapters() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let outcome = PlanDiffRunner.diff(old: Self.sample, new: try Self.revised(in: dir.path), format: .text)
        let diff = try #require(outcome.diff)
        #expect(diff.total.difference == 1_000_000)
        #expect(diff.byPlace.map(\.key) == ["TCD"] && diff.byPlace[0].difference == 1_000_000)
        #expect(diff.bySector.map(\.key) == ["protection"])
        #expect(diff.byPartner.map(\.key) == ["UNHCR"] && diff.byPartner[0].change == .changed)
        #expect(diff.byPartner[0].new == diff.byPartner[0].old.map { $0 + 1_000_000 })
        #expect(diff.figures.map { "\($0.place) \($0.group) \($0.figure) \($0.old ?? -1) \($0.new ?? -1)" } == ["TCD host-community targeted 135000 150000"])
        #expect(diff.indicators.map { "\($0.indicator) \($0.field) \($0.old ?? "") \($0.new ?? "")" } == ["TCD-PRT-01 target 95% 98%"])
        #expect(diff.chapters.map(\.file) == ["TCD/protection.md"])
        #expect(diff.chapters.first?.sections == ["Besoins et vulnérabilités"])
        let text = try #require(outcome.output)
        #expect(text.contains("  changed  United Nations High Commissioner for Refugees (UNHCR): USD "))
        #expect(text.contains("(+1,000,000)"))
    }

    @Test func theSamePlanHasNoChangeAndMarkdownAndJSONSayTheSame() throws {
        let same = PlanDiffRunner.diff(old: Self.sample, new: Self.sample, format: .markdown)
        #expect(same.diff?.isEmpty == true)
        #expect(same.output?.contains("No change") == true)
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let revised = try Self.revised(in: dir.path)
        let markdown = try #require(PlanDiffRunner.diff(old: Self.sample, new: revised, format: .markdown).output)
        #expect(markdown.contains("| changed | United Nations High Commissioner for Refugees (`UNHCR`) |"))
        #expect(markdown.contains("| +1,000,000 |"))
        let json = try #require(PlanDiffRunner.diff(old: Self.sample, new: revised, format: .json).output)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["schema"] as? String == "rrpkit-diff" && object["version"] as? Int == 1)
        #expect(((object["total"] as? [String: Any])?["difference"] as? NSNumber)?.int64Value == 1_000_000)
    }

    @Test func aVersionWithErrorsIsNotCompared() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let broken = try Self.revised(in: dir.path)
        // The headline no longer matches the lines: budget.headline-mismatch.
        let plan = broken + "/plan.md"
        let text = try String(contentsOfFile: plan, encoding: .utf8).replacingOccurrences(of: "USD 142.9 million", with: "USD 150 million")
        try text.write(toFile: plan, atomically: true, encoding: .utf8)
        let outcome = PlanDiffRunner.diff(old: Self.sample, new: broken, format: .text)
        #expect(outcome.output == nil && outcome.report.hasErrors)
        #expect(outcome.report.diagnostics.contains { $0.id.description == "budget.headline-mismatch" })
    }

    @Test func comparesTwoGitRevisionsOfAPlanFolder() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let repo = dir.path + "/repo"
        try FileManager.default.createDirectory(atPath: repo, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Self.sample, toPath: repo + "/plan")
        func git(_ arguments: [String]) throws {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["git", "-C", repo, "-c", "user.name=t", "-c", "user.email=t@example.org"] + arguments
            try process.run()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "\(arguments)")
        }
        try git(["init", "-q", "-b", "main"])
        try git(["add", "."])
        try git(["commit", "-q", "-m", "launch"])
        try FileManager.default.removeItem(atPath: repo + "/plan")
        _ = try Self.revised(in: repo, name: "plan")
        try git(["commit", "-q", "-am", "revision"])
        let outcome = try PlanDiffRunner.diff(gitOld: "HEAD~1", gitNew: "HEAD", plan: repo + "/plan", format: .text)
        #expect(outcome.diff?.total.difference == 1_000_000)
        #expect(outcome.output?.hasPrefix("Changes from HEAD~1:plan to HEAD:plan\n") == true, "\(outcome.output ?? "")")
        #expect(throws: PlanDiffRunner.GitError.self) { try PlanDiffRunner.diff(gitOld: "no-such-rev", gitNew: "HEAD", plan: repo + "/plan", format: .text) }
    }
}
