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
        let (overall, byLanguage, misses) = Scores.measure(sentences)
        print("agency-neutral dev set (\(sentences.count) sentences): \(overall)")
        for (language, scores) in byLanguage.sorted(by: { $0.key < $1.key }) { print("  \(language): \(scores)") }
        for miss in misses { print("  \(miss)") }
        #expect(overall.precision >= 0.90)
        #expect(overall.recall >= 0.85)
    }
}
