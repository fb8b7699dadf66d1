import Foundation
import PlanSyntax
import Testing

/// docs/DSL.md documents every key and carries the error catalogue generated from
/// `DSLRules.all`.
@Suite struct DSLDocumentationTests {
    static let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("docs/DSL.md")
    static let begin = "<!-- BEGIN GENERATED CATALOGUE -->\n"
    static let end = "<!-- END GENERATED CATALOGUE -->"

    static var generated: String { DSLRules.all.map(\.markdown).joined(separator: "\n") }

    @Test func catalogueIsUpToDate() throws {
        let doc = try String(contentsOf: Self.url, encoding: .utf8)
        let start = try #require(doc.range(of: Self.begin))
        let stop = try #require(doc.range(of: Self.end))
        let current = String(doc[start.upperBound..<stop.lowerBound])
        if ProcessInfo.processInfo.environment["RRP_RECORD_GOLDEN"] == "1" {
            let updated = String(doc[..<start.upperBound]) + Self.generated + "\n" + String(doc[stop.lowerBound...])
            try updated.write(to: Self.url, atomically: true, encoding: .utf8)
            Issue.record("Rewrote the catalogue of docs/DSL.md; run again without RRP_RECORD_GOLDEN")
            return
        }
        #expect(current == Self.generated + "\n", "docs/DSL.md catalogue is stale: run the tests with RRP_RECORD_GOLDEN=1")
    }

    @Test func everyKeyIsDocumented() throws {
        let doc = try String(contentsOf: Self.url, encoding: .utf8)
        let keys = ChapterKeys.plan + ChapterKeys.country + ChapterKeys.sector + ChapterKeys.sectorDeclaration + ChapterKeys.partner
            + ChapterKeys.subRegion + ChapterKeys.headline + ChapterKeys.lint + ChapterKeys.populationFigures + ChapterKeys.indicator
        for key in Set(keys) { #expect(doc.contains("`\(key)`"), "docs/DSL.md does not mention `\(key)`") }
    }
}
