import Foundation
import TestSupport
import Testing

extension NestedPackageTests {
    /// `swift package compile-plan` (`rrp compile`) on the fixture packages, writing outside them.
    @Suite struct CompilePlanPlugin {
        @Test func brokenPlanFailsAndWritesNothing() throws {
            let out = try TemporaryDirectory()
            defer { out.remove() }
            let result = try NestedSwift.package("compile-plan", ["--target", "BrokenPlan", "--out", out.path], allowWriting: true, in: NestedSwift.fixture("PlanTargets"))
            #expect(result.status != 0)
            #expect(result.output.contains("Sources/BrokenPlan/NER/country.md:7:85: error: "), "\(result.output)")
            #expect(result.output.contains("rrp compile exited with status 1"), "\(result.output)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).isEmpty)
        }

        @Test func docsOnlyRepositoryCompilesWithDir() throws {
            let out = try TemporaryDirectory()
            defer { out.remove() }
            let result = try NestedSwift.package("compile-plan", ["--dir", "plan", "--out", out.path, "--format", "html,csv"], allowWriting: true, in: NestedSwift.fixture("DocsOnly"))
            #expect(result.status == 0, "\(result.output)")
            let files = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
            #expect(files.contains("regional.html") && files.contains("requirements.csv") && !files.contains("plan.json"), "\(files)")
        }
    }
}
