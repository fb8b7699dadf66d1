import PlanDiagnostics
import Foundation
import PlanSyntax
import Testing
@testable import PlanLint

struct BaselineTests {
    static let original = "## Response strategy\n\nUNHCR will distribute core relief items.\n\nOur teams will provide support.\n"

    func lint(_ text: String) -> (SourceFile, [Diagnostic]) {
        let file = SourceFile(path: "plan/chad.md", text: text)
        return (file, AgencyNeutralLinter().lint(ChapterSource.read(file).chapter, language: "en"))
    }

    @Test func baselineHidesRecordedFindingsEvenWhenLinesMove() {
        let (file, findings) = lint(Self.original)
        #expect(findings.count == 2)
        let baseline = LintBaseline(diagnostics: findings, sources: [file])
        let (moved, later) = lint("## Response strategy\n\nAn added paragraph.\n\n" + Self.original.dropFirst(22) + "\nWFP will open two warehouses.\n")
        let fresh = baseline.filter(later, sources: [moved])
        #expect(fresh.count == 1)
        #expect(fresh.first?.summary.contains("WFP will open") == true)
    }

    @Test func editingTheFlaggedSentenceMakesItNew() {
        let (file, findings) = lint(Self.original)
        let baseline = LintBaseline(diagnostics: findings, sources: [file])
        let (edited, later) = lint(Self.original.replacingOccurrences(of: "core relief items", with: "tents"))
        #expect(baseline.filter(later, sources: [edited]).map(\.id) == ["language.agency-as-actor"])
    }

    @Test func identicalFindingsAreCounted() {
        let text = "We will help.\n\nWe will help.\n"
        let (file, findings) = lint(text)
        let baseline = LintBaseline(diagnostics: findings, sources: [file])
        #expect(baseline.entries.count == 1 && baseline.entries[0].count == 2)
        let (more, later) = lint(text + "\nWe will help.\n")
        #expect(baseline.filter(later, sources: [more]).count == 1)
    }

    @Test func encodingIsDeterministicAndRoundTrips() throws {
        let (file, findings) = lint(Self.original)
        let a = try LintBaseline(diagnostics: findings, sources: [file]).encoded()
        let b = try LintBaseline(diagnostics: findings.reversed(), sources: [file]).encoded()
        #expect(a == b)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("rrp-baseline-\(UUID().uuidString).json").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try LintBaseline(diagnostics: findings, sources: [file]).write(to: path)
        let read = try LintBaseline.read(from: path)
        #expect(read == LintBaseline(diagnostics: findings, sources: [file]))
        #expect(String(decoding: a, as: UTF8.self).contains("\"version\" : 1"))
    }

    @Test func newerFormatVersionIsRejected() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("rrp-baseline-\(UUID().uuidString).json").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data("{\"version\": 99, \"entries\": []}".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: LintBaselineError.unsupportedVersion(99)) { try LintBaseline.read(from: path) }
    }
}
