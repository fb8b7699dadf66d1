import Foundation
import TestSupport
import Testing

extension NestedPackageTests {
    /// The PlanCheck build-tool plugin, on the targets of Tests/Fixtures/Packages/PlanTargets.
    @Suite struct BuildToolPlugin {
        let package = NestedSwift.fixture("PlanTargets")

        @Test func cleanPlanBuildsAndGeneratesTheReportAndTheConsolidatedPlan() throws {
            let result = try NestedSwift.build(["--target", "CleanPlan"], in: package)
            #expect(result.status == 0, "\(result.output)")
            #expect(!result.output.contains("error:"), "\(result.output)")
            let report = try #require(Self.generated("plan-check.json", of: "CleanPlan"), "plan-check.json not generated")
            let object = try JSONSerialization.jsonObject(with: report) as? [String: Any]
            #expect(object?["version"] as? Int == 1)
            #expect((object?["summary"] as? [String: Any])?["errors"] as? Int == 0)
            let plan = try #require(Self.generated("plan.json", of: "CleanPlan"), "plan.json not generated")
            let consolidated = try JSONSerialization.jsonObject(with: plan) as? [String: Any]
            #expect(consolidated?["schema"] as? String == "rrpkit-plan")
            #expect(consolidated?["countries"] as? [String] == ["NER"])
            // Both are resources of the target.
            #expect(Self.bundleHolds("plan.json", of: "CleanPlan"))
            #expect(Self.bundleHolds("plan-check.json", of: "CleanPlan"))
        }

        @Test func unchangedPlanDoesNotRerunTheCheck() throws {
            _ = try NestedSwift.build(["--target", "CleanPlan"], in: package)
            let again = try NestedSwift.build(["--target", "CleanPlan"], in: package)
            #expect(again.status == 0)
            #expect(!again.output.contains("Checking plan chapters of CleanPlan"), "\(again.output)")
            try NestedSwift.touch(package + "/Sources/CleanPlan/NER/country.md")
            let touched = try NestedSwift.build(["--target", "CleanPlan"], in: package)
            #expect(touched.output.contains("Checking plan chapters of CleanPlan"), "\(touched.output)")
        }

        @Test func brokenChapterFailsTheBuildAtItsLineAndColumn() throws {
            let result = try NestedSwift.build(["--target", "BrokenPlan"], in: package)
            #expect(result.status != 0)
            let chapter = package + "/Sources/BrokenPlan/NER/country.md"
            #expect(result.output.contains("\(chapter):7:85: error: "), "\(result.output)")
            #expect(result.output.contains("[syntax.invalid-utf8]"))
            #expect(result.output.contains("rrp: plan check failed: 1 error"))
            // A failed check is not recorded as done: the next build reports it again.
            let again = try NestedSwift.build(["--target", "BrokenPlan"], in: package)
            #expect(again.status != 0)
            #expect(again.output.contains("\(chapter):7:85: error: "))
        }

        /// Needs the language linter in `rrp check` (issue 5): a finding is a warning, shown by
        /// `swift build`, which still succeeds.
        @Test func warningsAreShownAndDoNotFailTheBuild() throws {
            let chapter = package + "/Sources/AgencyVoicePlan/NER/protection.md"
            try NestedSwift.touch(chapter)
            let result = try NestedSwift.build(["--target", "AgencyVoicePlan"], in: package)
            #expect(result.status == 0, "\(result.output)")
            #expect(result.output.contains("\(chapter):54:1: warning: "), "\(result.output)")
        }

        /// A file the plugin generated for `target` in the fixture package.
        static func generated(_ name: String, of target: String) -> Data? {
            let folder = NestedSwift.scratchPath + "/plugins/outputs/plantargets/\(target)/destination/PlanCheckPlugin/"
            return FileManager.default.contents(atPath: folder + name)
        }

        /// Whether the target's resource bundle in the scratch path holds `name`.
        static func bundleHolds(_ name: String, of target: String) -> Bool {
            let debug = NestedSwift.scratchPath + "/debug/"
            return FileManager.default.fileExists(atPath: debug + "PlanTargets_\(target).resources/" + name)
        }
    }
}
