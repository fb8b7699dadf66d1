import Foundation
import TestSupport
import Testing

extension NestedPackageTests {
    /// `swift package format-plan` (`rrp fmt`).
    @Suite struct FormatPlanPlugin {
        let targets = NestedSwift.fixture("PlanTargets")

        @Test func checkListsTheUnformattedChapterFailsAndWritesNothing() throws {
            let chapter = targets + "/Sources/UnformattedPlan/NER/protection.md"
            let before = FileManager.default.contents(atPath: chapter)
            let result = try NestedSwift.package("format-plan", ["--target", "UnformattedPlan", "--check"], allowWriting: true, in: targets)
            #expect(result.status != 0)
            #expect(result.output.contains("Sources/UnformattedPlan/NER/protection.md"), "\(result.output)")
            #expect(result.output.contains("rrp fmt exited with status 1"), "\(result.output)")
            #expect(FileManager.default.contents(atPath: chapter) == before)
            let clean = try NestedSwift.package("format-plan", ["--target", "CleanPlan", "--check"], allowWriting: true, in: targets)
            #expect(clean.status == 0, "\(clean.output)")
        }

        @Test func withoutCheckRewritesTheFrontMatterInPlace() throws {
            let (dir, repo) = try NestedSwift.initRepository("fmt-plan")
            defer { dir.remove() }
            let chapter = repo + "/plan/NER/protection.md"
            let canonical = try String(contentsOfFile: chapter, encoding: .utf8)
            let messy = canonical.replacingOccurrences(of: "  NRC: USD 1,300,000", with: "  NRC:   USD 1300000")
            #expect(messy != canonical)
            try messy.write(toFile: chapter, atomically: true, encoding: .utf8)
            let result = try NestedSwift.package("format-plan", [], allowWriting: true, in: repo)
            #expect(result.status == 0, "\(result.output)")
            #expect(try String(contentsOfFile: chapter, encoding: .utf8) == canonical)
        }
    }
}
