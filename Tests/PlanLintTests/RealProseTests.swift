import Foundation
import Testing
@testable import PlanLint

/// Quality on real prose (Tests/PlanLintTests/Data/real-prose.jsonl): sentences from published
/// plans, handbooks, agency press releases and news pages, each with its source, plus the
/// project's own hard negatives. About a quarter is held out (`split: heldout`): it is measured
/// and reported, its misclassified sentences are never printed, and the rules are not tuned on it.
struct RealProseTests {
    static let url = LintHarness.packageRoot.appendingPathComponent("Tests/PlanLintTests/Data/real-prose.jsonl")

    static var sentences: [LabelledSentence] { (try? LabelledSentence.load(url)) ?? [] }

    @Test func everySentenceHasASourceAndASplit() throws {
        let all = try LabelledSentence.load(Self.url)
        for language in ["en", "fr", "es", "zh"] {
            #expect(all.filter { $0.lang == language }.count >= 80, "\(language): fewer than 80 sentences")
        }
        for s in all {
            #expect(s.source?.isEmpty == false, "\(s.id) has no source")
            #expect(s.split == "dev" || s.split == "heldout", "\(s.id) has no split")
        }
        let ids = all.map(\.id)
        #expect(Set(ids).count == ids.count, "duplicate IDs: \(Dictionary(grouping: ids, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted())")
        let heldOut = all.filter { $0.split == "heldout" }.count
        #expect(Double(heldOut) / Double(all.count) > 0.2)
    }

    @Test func precisionAndRecallOnRealProse() throws {
        let dev = Self.sentences.filter { $0.split == "dev" && ($0.round ?? 0) < 4 }
        let overall = Scores.report("real prose, development split", dev)
        #expect(overall.precision >= 0.92)
        #expect(overall.recall >= 0.88)
    }

    /// The third round (`round: 3`): sentences from sources the first two rounds did not cite,
    /// measured once before the reading was changed for them (precision 0.955, recall 0.808; see
    /// docs/lint.md). They are in the development and held-out splits as well, by the same hash.
    @Test func precisionAndRecallOnTheThirdRound() throws {
        Self.measureRound(3, "third", atLeast: 30, precision: 0.95, recall: 0.90)
    }

    /// The fourth round (`round: 4`): 206 sentences from sources no earlier round cited, labelled
    /// and measured once with the third-round reading, before any change (precision 0.937, recall
    /// 0.698; see docs/lint.md, "Fourth round"). Its general causes were fixed in the fifth round's
    /// branch (0.989 / 0.821 after them); its floors are regression floors at that measurement, and
    /// the development and held-out split tests above keep measuring the first three rounds.
    @Test func precisionAndRecallOnTheFourthRound() throws {
        Self.measureRound(4, "fourth", atLeast: 40, precision: 0.98, recall: 0.82, eachLanguage: (0.95, 0.75))
    }

    /// The fifth round (`round: 5`): 118 sentences from sources no earlier round cited, labelled
    /// before the linter read them and measured once with the reading of the fourth round's fixes,
    /// with no change after (precision 0.898, recall 0.733; see docs/lint.md, "Fifth round"): the
    /// honest estimate of how the reading generalises. Its general causes were fixed in the sixth
    /// round's branch (0.950 / 0.950 after them); its floors are regression floors at that
    /// measurement.
    @Test func precisionAndRecallOnTheFifthRound() throws {
        Self.measureRound(5, "fifth", atLeast: 20, precision: 0.94, recall: 0.94, eachLanguage: (0.92, 0.92))
    }

    /// The sixth round (`round: 6`): 58 sentences from sources no earlier round cited, labelled
    /// before the linter read them and measured once with the reading of the fifth round's fixes,
    /// with no change after (precision 0.931, recall 0.871; see docs/lint.md, "Sixth round"). Its
    /// general causes were fixed in the seventh round's branch (1.000 / 1.000 after them); its
    /// floors are regression floors at that measurement.
    @Test func precisionAndRecallOnTheSixthRound() throws {
        Self.measureRound(6, "sixth", atLeast: 12, precision: 0.98, recall: 0.98, eachLanguage: (0.95, 0.95))
    }

    /// The seventh round (`round: 7`): 121 sentences from sources no earlier round cited, labelled
    /// before the linter read them and measured once with the reading of the sixth round's fixes,
    /// with no change after (precision 0.980, recall 0.800; see docs/lint.md, "Seventh round"). Its
    /// general causes were fixed in the eighth round's branch (0.982 / 0.900 after them, 0.982 / 0.933
    /// after the ninth round's); its floors are regression floors at that measurement.
    @Test func precisionAndRecallOnTheSeventhRound() {
        Self.measureRound(7, "seventh", atLeast: 20, precision: 0.98, recall: 0.93, eachLanguage: (0.93, 0.84))
    }

    /// The eighth round (`round: 8`): 75 sentences from sources no earlier round cited, labelled and
    /// committed before the linter read them, and measured once with the reading of the seventh
    /// round's fixes, with no change after (precision 1.000, recall 0.814; see docs/lint.md, "Eighth
    /// round"). Its general causes were fixed in the ninth round's branch (1.000 / 0.907 after them);
    /// its floors are regression floors at that measurement.
    @Test func precisionAndRecallOnTheEighthRound() {
        Self.measureRound(8, "eighth", atLeast: 15, precision: 1.0, recall: 0.90, eachLanguage: (1.0, 0.80))
    }

    /// The ninth round (`round: 9`): 67 sentences from sources no earlier round cited, labelled and
    /// committed before the linter read them, and measured once with the reading of the eighth
    /// round's fixes, with no change after (precision 0.964, recall 0.750; see docs/lint.md, "Ninth
    /// round"). Its general causes were fixed in the tenth round's branch (1.000 / 1.000 after them);
    /// its floors are regression floors at that measurement.
    @Test func precisionAndRecallOnTheNinthRound() {
        Self.measureRound(9, "ninth", atLeast: 13, precision: 1.0, recall: 1.0, eachLanguage: (1.0, 1.0))
    }

    /// The tenth round (`round: 10`): 93 sentences from sources no earlier round cited, labelled and
    /// committed before the linter read them, and measured once with the reading of the ninth
    /// round's fixes, with no change after (precision 0.936, recall 0.898; see docs/lint.md, "Tenth
    /// round"). Its general causes were fixed in the same branch afterwards (1.000 / 1.000 after
    /// them); its floors are regression floors at that measurement.
    @Test func precisionAndRecallOnTheTenthRound() {
        Self.measureRound(10, "tenth", atLeast: 20, precision: 1.0, recall: 1.0, eachLanguage: (1.0, 1.0))
    }

    /// The eleventh round (`round: 11`): 88 sentences from sources no earlier round cited, labelled
    /// and committed before the linter read them, and measured once with the reading of the tenth
    /// round's fixes, with no change after (precision 0.950, recall 0.844; see docs/lint.md, "Eleventh
    /// round"). Its general causes were fixed in the same branch afterwards (1.000 / 0.978 after
    /// them); its floors are regression floors at that measurement.
    @Test func precisionAndRecallOnTheEleventhRound() {
        Self.measureRound(11, "eleventh", atLeast: 20, precision: 1.0, recall: 0.97, eachLanguage: (1.0, 0.90))
    }

    /// The twelfth round (`round: 12`): 89 sentences from sources no earlier round cited, labelled
    /// and committed before the linter read them, and measured once with the reading of the eleventh
    /// round's fixes, with no change after (precision 0.946, recall 0.814; see docs/lint.md, "Twelfth
    /// round"). Its general causes were fixed in the same branch afterwards (0.976 / 0.930 after
    /// them); its floors are regression floors at that measurement. Its held-out quarter is reported.
    @Test func precisionAndRecallOnTheTwelfthRound() {
        Self.measureRound(12, "twelfth", atLeast: 20, precision: 0.97, recall: 0.93, eachLanguage: (0.90, 0.88))
        let heldOut = Self.sentences.filter { $0.round == 12 && $0.split == "heldout" }
        Scores.report("real prose, twelfth round, held-out quarter", heldOut, listMisses: false, floor: (0.0, 0.0))
    }

    /// The thirteenth round (`round: 13`): 84 sentences from sources no earlier round cited,
    /// labelled and committed before the linter read them, and measured once with the reading of
    /// the twelfth round's fixes, with no change after (precision 1.000, recall 0.757; see
    /// docs/lint.md, "Thirteenth round"). Three general causes and a French conjugation error were
    /// fixed in the same branch afterwards (1.000 / 0.811 after them); its floors are regression floors at that measurement. Its held-out
    /// quarter is reported.
    @Test func precisionAndRecallOnTheThirteenthRound() {
        Self.measureRound(13, "thirteenth", atLeast: 20, precision: 1.0, recall: 0.81, eachLanguage: (1.0, 0.72))
        let heldOut = Self.sentences.filter { $0.round == 13 && $0.split == "heldout" }
        Scores.report("real prose, thirteenth round, held-out quarter", heldOut, listMisses: false, floor: (0.0, 0.0))
    }

    /// Measures collection round `round` (at least `atLeast` sentences in each language) against
    /// its floors: overall `precision` and `recall`, and `eachLanguage`.
    private static func measureRound(_ round: Int, _ name: String, atLeast: Int, precision: Double, recall: Double,
                                     eachLanguage: (precision: Double, recall: Double) = (0.90, 0.85)) {
        let sentences = Self.sentences.filter { $0.round == round }
        for language in ["en", "fr", "es", "zh"] {
            #expect(sentences.filter { $0.lang == language }.count >= atLeast, "\(language): fewer than \(atLeast) \(name)-round sentences")
        }
        let overall = Scores.report("real prose, \(name) round", sentences, floor: eachLanguage)
        #expect(overall.precision >= precision)
        #expect(overall.recall >= recall)
    }

    /// Reported, with a regression floor only: the held-out split measures how the reading
    /// generalises, and is not tuned on.
    @Test func precisionAndRecallOnHeldOutRealProse() throws {
        let heldOut = Self.sentences.filter { $0.split == "heldout" && ($0.round ?? 0) < 4 }
        let overall = Scores.report("real prose, held-out split", heldOut, listMisses: false, floor: (0.75, 0.75))
        #expect(overall.precision >= 0.85)
        #expect(overall.recall >= 0.85)
    }
}
