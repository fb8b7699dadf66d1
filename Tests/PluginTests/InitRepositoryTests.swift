import Foundation
import TestSupport
import Testing

extension NestedPackageTests {
    /// A repository made by `rrp init` works with SwiftPM at once.
    @Suite struct InitRepository {
        /// `swift build` (the PlanCheck plugin), `lint-plan`, `compile-plan` and `format-plan
        /// --check` all pass on a new repository, and the plan JSON the build generates is the
        /// one `compile-plan` writes.
        @Test func initRepositoryBuildsLintsCompilesAndIsFormatted() throws {
            let (dir, repo) = try NestedSwift.initRepository("lake-plan")
            defer { dir.remove() }

            let build = try NestedSwift.build(in: repo)
            #expect(build.status == 0, "\(build.output)")
            #expect(build.output.contains("Checking plan chapters of Plan"), "\(build.output)")

            let lint = try NestedSwift.package("lint-plan", ["--format", "github"], in: repo)
            #expect(lint.status == 0, "\(lint.output)")
            #expect(!lint.output.contains("::warning") && !lint.output.contains("::error"), "\(lint.output)")

            let compile = try NestedSwift.package("compile-plan", ["--out", "out"], allowWriting: true, in: repo)
            #expect(compile.status == 0, "\(compile.output)")
            let outputs = (try? FileManager.default.contentsOfDirectory(atPath: repo + "/out")) ?? []
            for file in ["regional.html", "country-NER.html", "plan.json", "requirements.csv"] {
                #expect(outputs.contains(file), "out/ holds \(outputs)")
            }
            let generated = NestedSwift.scratchPath + "/plugins/outputs/lake-plan/Plan/destination/PlanCheckPlugin/plan.json"
            let compiled = FileManager.default.contents(atPath: repo + "/out/plan.json")
            #expect(compiled != nil && FileManager.default.contents(atPath: generated) == compiled)

            let onlyJSON = try NestedSwift.package("compile-plan", ["--out", "json-only", "--format", "json"], allowWriting: true, in: repo)
            #expect(onlyJSON.status == 0, "\(onlyJSON.output)")
            #expect((try? FileManager.default.contentsOfDirectory(atPath: repo + "/json-only"))?.sorted() == [".rrp-outputs.json", ".rrp-outputs.lock", "plan.json"])

            let format = try NestedSwift.package("format-plan", ["--check"], allowWriting: true, in: repo)
            #expect(format.status == 0, "\(format.output)")
        }

        /// `--allow-writing-to-package-directory` placed after the verb reaches the plugin too;
        /// the plugin drops it instead of passing it to `rrp`. Needs `rrp lint` (issue 5).
        @Test func writePermissionAfterTheVerbIsAccepted() throws {
            let (dir, repo) = try NestedSwift.initRepository("plan-repo")
            defer { dir.remove() }
            let result = try NestedSwift.package("lint-plan", ["--allow-writing-to-package-directory", "--format", "line"], in: repo)
            #expect(result.status == 0, "\(result.output)")
            #expect(!result.output.contains("--allow-writing-to-package-directory"), "\(result.output)")
        }

        /// What a pull request sees: annotations only on the lines changed since the base
        /// branch, even when older lines have findings too. Needs `rrp lint` (issue 5).
        @Test func pullRequestAnnotatesChangedLinesOnly() throws {
            let (dir, repo) = try NestedSwift.initRepository("pr-plan")
            defer { dir.remove() }
            let chapter = repo + "/plan/NER/protection.md"
            var text = try String(contentsOfFile: chapter, encoding: .utf8)
            text = text.replacingOccurrences(of: "RRP partners will run mobile registration", with: "UNHCR will run mobile registration")
            try text.write(toFile: chapter, atomically: true, encoding: .utf8)
            try Self.git(["init", "-q", "-b", "main"], in: repo)
            try Self.git(["add", "."], in: repo)
            try Self.git(["commit", "-q", "-m", "plan"], in: repo)
            text += "\nOur teams will also distribute dignity kits in Diffa.\n"
            try text.write(toFile: chapter, atomically: true, encoding: .utf8)
            try Self.git(["checkout", "-q", "-b", "change"], in: repo)
            try Self.git(["commit", "-q", "-am", "change"], in: repo)
            let newLine = text.components(separatedBy: "\n").firstIndex { $0.hasPrefix("Our teams") }! + 1

            let result = try NestedSwift.package("lint-plan", ["--format", "github", "--changed-since", "main"], in: repo)
            #expect(result.output.contains("file=plan/NER/protection.md,line=\(newLine),"), "\(result.output)")
            #expect(!result.output.contains("line=54,"), "\(result.output)")
        }

        static func git(_ arguments: [String], in directory: String) throws {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["git", "-c", "user.name=RRPKit tests", "-c", "user.email=tests@example.org"] + arguments
            process.currentDirectoryURL = URL(fileURLWithPath: directory)
            try process.run()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "git \(arguments)")
        }
    }
}
