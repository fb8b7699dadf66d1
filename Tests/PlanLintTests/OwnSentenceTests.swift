import Foundation
import Testing
@testable import PlanLint

/// Quality on the project's own labelled sentences (Tests/PlanLintTests/Data).
struct OwnSentenceTests {
    @Test func precisionAndRecallOnTheProjectsOwnSentences() throws {
        let url = LintHarness.packageRoot.appendingPathComponent("Tests/PlanLintTests/Data/own-labelled.jsonl")
        let sentences = try LabelledSentence.load(url)
        let languages = Set(sentences.map(\.lang))
        #expect(languages == ["en", "fr", "es", "zh"])
        let (overall, byLanguage, misses) = Scores.measure(sentences)
        print("own labelled sentences (\(sentences.count)): \(overall)")
        for (language, scores) in byLanguage.sorted(by: { $0.key < $1.key }) { print("  \(language): \(scores)") }
        for miss in misses { print("  \(miss)") }
        #expect(overall.precision >= 0.90)
        #expect(overall.recall >= 0.85)
    }
}
