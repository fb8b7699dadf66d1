import Foundation
import TestSupport
import Testing

extension NestedPackageTests {
    /// A repository made by `rrp init` works with SwiftPM at once.
    @Suite struct InitRepository {
        /// `swift build` (the PlanCheck plugin) passes; the other steps need `rrp lint`,
        /// `rrp compile` and `rrp fmt` (issues 3 to 6).
        @Test func initRepositoryBuildsLintsCompilesAndIsFormatted() throws {
            let dir = try TemporaryDirectory()
            defer { dir.remove() }
            let repo = dir.path + "/lake-plan"
            let created = try RRPProcess.run(["init", repo, "--rrpkit-path", PackagePaths.root])
            #expect(created.status == 0, "\(created.stderr)")

            let build = try NestedSwift.build(in: repo)
            #expect(build.status == 0, "\(build.output)")
            #expect(build.output.contains("Checking plan chapters of Plan"), "\(build.output)")

            let lint = try NestedSwift.package("lint-plan", ["--format", "github"], in: repo)
            #expect(lint.status == 0, "\(lint.output)")
            #expect(!lint.output.contains("::warning") && !lint.output.contains("::error"), "\(lint.output)")

            let compile = try NestedSwift.package("compile-plan", ["--out", "out", "--format", "json"], allowWriting: true, in: repo)
            #expect(compile.status == 0, "\(compile.output)")
            let outputs = (try? FileManager.default.contentsOfDirectory(atPath: repo + "/out")) ?? []
            #expect(outputs.contains { $0.hasSuffix(".json") }, "out/ holds \(outputs)")

            let format = try NestedSwift.package("format-plan", ["--check"], allowWriting: true, in: repo)
            #expect(format.status == 0, "\(format.output)")
        }

        /// `--allow-writing-to-package-directory` placed after the verb reaches the plugin too;
        /// the plugin drops it instead of passing it to `rrp`. Needs `rrp lint` (issue 5).
        @Test func writePermissionAfterTheVerbIsAccepted() throws {
            let dir = try TemporaryDirectory()
            defer { dir.remove() }
            let repo = dir.path + "/plan-repo"
            _ = try RRPProcess.run(["init", repo, "--rrpkit-path", PackagePaths.root])
            let result = try NestedSwift.package("lint-plan", ["--allow-writing-to-package-directory", "--format", "line"], in: repo)
            #expect(result.status == 0, "\(result.output)")
            #expect(!result.output.contains("--allow-writing-to-package-directory"), "\(result.output)")
        }
    }
}
