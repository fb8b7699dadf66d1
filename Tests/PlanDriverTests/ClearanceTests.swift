import Foundation
import PlanDiagnostics
import PlanDriver
import Testing
import TestSupport

/// Chapters' `status:` in the documents and under `--for-publication`.
@Suite struct ClearanceTests {
    /// The Tigray fixture's figures with narrative parts, each chapter with `status` (or none).
    static func files(plan: String?, sudan: String?, djibouti: String?) -> [(path: String, bytes: [UInt8])] {
        let parts = ["Planning figures", "Strategic objectives", "Country chapters", "Regional working groups", "Situation analysis",
                     "Needs and vulnerabilities", "Response strategy", "Sector responses", "Monitoring framework", "Financial requirements", "Coordination"]
        let body = "\n# Illustrative narrative\n\n" + parts.map { "## \($0)\n\nIllustrative text.\n\n" }.joined()
        func chapter(_ front: String, _ status: String?) -> [UInt8] {
            Array(("---\n" + front + (status.map { "status: \($0)\n" } ?? "") + "---\n" + body).utf8)
        }
        return [
            ("plan.md", chapter("plan: P\ntype: regional\nperiod: 2026-01 to 2026-12\nversion: launch\nlanguage: en\ncountries: SDN, DJI\nsectors:\n  multi-sector:\n    name: Multi-sector\npartners:\n  UNHCR:\n    name: UNHCR\n    type: un\n", plan)),
            ("SDN/country.md", chapter("chapter: country\ncountry: SDN\ntotal-requirement: USD 2M\n", sudan)),
            ("DJI/country.md", chapter("chapter: country\ncountry: DJI\ntotal-requirement: USD 1M\n", djibouti)),
        ]
    }

    static func text(_ run: InMemoryPipeline.Run, _ name: String) -> String {
        run.outputs.first { $0.name == name }.map { String(decoding: $0.bytes, as: UTF8.self) } ?? ""
    }

    @Test func aDocumentWithAChapterNotClearedIsMarkedDraftOnEveryPage() {
        let run = InMemoryPipeline.run(Self.files(plan: "cleared", sudan: "review", djibouti: "cleared"))
        let html = Self.text(run, "regional.html")
        #expect(html.contains("<p class=\"banner\" role=\"note\">Draft: some chapters of this plan are not yet cleared for publication.</p>"))
        #expect(html.contains("@top-left { content: \"DRAFT · P\""))
        #expect(Self.text(run, "country-DJI.md").contains("> **Draft:"))
        #expect(Self.text(run, "plan.json").contains("\"SDN/country.md\":\"review\""))
    }

    @Test func aClearedPlanCarriesNoDraftMark() {
        let run = InMemoryPipeline.run(Self.files(plan: "cleared", sudan: "cleared", djibouti: "cleared"))
        #expect(!run.outputs.isEmpty)
        #expect(run.outputs.allSatisfy { !String(decoding: $0.bytes, as: UTF8.self).contains("Draft") && !String(decoding: $0.bytes, as: UTF8.self).contains("DRAFT") })
    }

    @Test func checkForPublicationFailsOnEachChapterNotCleared() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        for file in Self.files(plan: "cleared", sudan: "review", djibouti: nil) { try dir.write("p/" + file.path, bytes: file.bytes) }
        let plain = PlanChecker.check(paths: [dir.path + "/p"])
        #expect(!plain.diagnostics.contains { $0.id == "clearance.not-cleared" })
        let strict = PlanChecker.check(paths: [dir.path + "/p"], forPublication: true).diagnostics.filter { $0.id == "clearance.not-cleared" }
        #expect(strict.map(\.severity) == [.error, .error])
        #expect(strict.map(\.summary).sorted() == [
            "DJI/country.md has no 'status:' (a draft), not cleared for publication",
            "SDN/country.md is in review, not cleared for publication",
        ])
        let review = try #require(strict.first { $0.file.hasSuffix("SDN/country.md") })
        #expect(review.range?.start.line == 5 && review.range?.start.column == 9)
    }
}
