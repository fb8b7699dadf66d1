import Foundation
import TestSupport
import Testing

extension NestedPackageTests {
    /// `swift package lint-plan` on the fixture packages.
    @Suite struct LintPlanPlugin {
        let targets = NestedSwift.fixture("PlanTargets")
        let docsOnly = NestedSwift.fixture("DocsOnly")

        /// Needs `rrp lint` (issue 5).
        @Test func githubFormatAnnotatesTheLineWithRepositoryRelativePaths() throws {
            let result = try NestedSwift.package("lint-plan", ["--target", "AgencyVoicePlan", "--format", "github"], in: targets)
            #expect(result.status == 0, "\(result.output)")
            #expect(result.output.contains("::warning file=Sources/AgencyVoicePlan/NER/protection.md,line=54,col=1"), "\(result.output)")
            #expect(!result.output.contains("::error"), "\(result.output)")
        }

        /// Needs `rrp lint` (issue 5).
        @Test func cleanTargetLintsWithoutFindings() throws {
            let result = try NestedSwift.package("lint-plan", ["--target", "CleanPlan", "--format", "line"], in: targets)
            #expect(result.status == 0, "\(result.output)")
            #expect(!result.output.contains(": warning:") && !result.output.contains(": error:"), "\(result.output)")
        }

        @Test func unknownTargetFails() throws {
            let result = try NestedSwift.package("lint-plan", ["--target", "NoSuchPlan"], in: targets)
            #expect(result.status != 0)
            #expect(result.output.contains("NoSuchPlan"), "\(result.output)")
        }

        /// Needs `rrp lint` (issue 5).
        @Test func docsOnlyRepositoryWorksWithDir() throws {
            let result = try NestedSwift.package("lint-plan", ["--dir", "plan", "--format", "line"], in: docsOnly)
            #expect(result.status == 0, "\(result.output)")
            #expect(result.output.contains("plan/NER/protection.md:54:1: warning: "), "\(result.output)")
        }

        @Test func docsOnlyRepositoryWithoutDirSaysWhatToPass() throws {
            let result = try NestedSwift.package("lint-plan", ["--format", "line"], in: docsOnly)
            #expect(result.status != 0)
            #expect(result.output.contains("name a plan folder with --dir PATH"), "\(result.output)")
        }
    }
}
