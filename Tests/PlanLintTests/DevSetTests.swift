import Foundation
import Testing
@testable import PlanLint

/// Quality on the shared development set (../shared/data/agency-neutral-dev.jsonl).
struct DevSetTests {
    static let url = LintHarness.packageRoot.appendingPathComponent("../shared/data/agency-neutral-dev.jsonl").standardizedFileURL

    @Test func precisionAndRecallOnTheSharedDevelopmentSet() throws {
        guard FileManager.default.fileExists(atPath: Self.url.path) else {
            print("SKIPPED: \(Self.url.path) is absent (shared/ is not beside the clone)")
            return
        }
        let sentences = try LabelledSentence.load(Self.url)
        let overall = Scores.report("agency-neutral dev set", sentences)
        #expect(overall.precision >= 0.98)
        #expect(overall.recall >= 0.98)
    }

    /// The same sentences with no declared language: every sentence's language is detected.
    @Test func detectingTheLanguageOfEachSentence() throws {
        guard FileManager.default.fileExists(atPath: Self.url.path) else {
            print("SKIPPED: \(Self.url.path) is absent (shared/ is not beside the clone)")
            return
        }
        let overall = Scores.report("dev set, language detected per sentence", try LabelledSentence.load(Self.url), declared: false)
        #expect(overall.precision >= 0.98)
        #expect(overall.recall >= 0.98)
    }
}
