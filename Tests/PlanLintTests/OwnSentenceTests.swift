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
        let overall = Scores.report("own labelled sentences", sentences)
        #expect(overall.precision >= 0.95)
        #expect(overall.recall >= 0.95)
    }
}
