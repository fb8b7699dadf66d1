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
        // A sentence stored twice (the same page cited by two rounds) would count twice.
        let repeated = Dictionary(grouping: all, by: \.text).values.filter { $0.count > 1 }.map { $0.map(\.id).joined(separator: " = ") }
        #expect(repeated.isEmpty, "the same text twice: \(repeated.sorted())")
        let heldOut = all.filter { $0.split == "heldout" }.count
        #expect(Double(heldOut) / Double(all.count) > 0.2)
    }

    @Test func precisionAndRecallOnRealProse() throws {
        let dev = Self.sentences.filter { $0.split == "dev" && ($0.round ?? 0) < 4 }
        let overall = Scores.report("real prose, development split", dev)
        #expect(overall.precision >= 0.92)
        #expect(overall.recall >= 0.88)
    }

    /// A collection round (`round: N` in the data): sentences from sources no earlier round cited,
    /// labelled and committed before the linter read them and measured once with the reading of
    /// the rounds before it (`measuredOnce`, the estimate for unseen prose; docs/lint.md has each
    /// round's section). Its general causes were then fixed as capabilities, and its floors are
    /// regression floors at the measurement after those fixes. The third round is also in the
    /// development and held-out splits (by the same hash), which keep measuring the first three.
    struct CollectionRound: Sendable, CustomTestStringConvertible {
        let round: Int
        let name: String
        /// The fewest sentences the round holds in each language.
        let atLeast: Int
        /// Precision / recall at the one measurement before any change for the round.
        let measuredOnce: String
        let precision: Double
        let recall: Double
        var eachLanguage: (precision: Double, recall: Double) = (0.90, 0.85)
        /// A round held back to measure the general changes made after it: none of its errors is
        /// printed, as for a held-out split.
        var heldBack = false

        var testDescription: String { "\(name) round (measured once: \(measuredOnce))" }
    }

    static let collectionRounds: [CollectionRound] = [
        CollectionRound(round: 3, name: "third", atLeast: 30, measuredOnce: "0.955 / 0.808", precision: 0.97, recall: 0.98, eachLanguage: (0.92, 0.95)),
        CollectionRound(round: 4, name: "fourth", atLeast: 40, measuredOnce: "0.937 / 0.698", precision: 1.0, recall: 0.87, eachLanguage: (1.0, 0.75)),
        CollectionRound(round: 5, name: "fifth", atLeast: 20, measuredOnce: "0.898 / 0.733", precision: 0.94, recall: 0.94, eachLanguage: (0.92, 0.92)),
        CollectionRound(round: 6, name: "sixth", atLeast: 12, measuredOnce: "0.931 / 0.871", precision: 0.98, recall: 0.98, eachLanguage: (0.95, 0.95)),
        CollectionRound(round: 7, name: "seventh", atLeast: 20, measuredOnce: "0.980 / 0.800", precision: 0.98, recall: 0.93, eachLanguage: (0.93, 0.84)),
        CollectionRound(round: 8, name: "eighth", atLeast: 15, measuredOnce: "1.000 / 0.814", precision: 1.0, recall: 0.93, eachLanguage: (1.0, 0.80)),
        CollectionRound(round: 9, name: "ninth", atLeast: 12, measuredOnce: "0.964 / 0.750", precision: 1.0, recall: 1.0, eachLanguage: (1.0, 1.0)),
        CollectionRound(round: 10, name: "tenth", atLeast: 20, measuredOnce: "0.936 / 0.898", precision: 1.0, recall: 1.0, eachLanguage: (1.0, 1.0)),
        CollectionRound(round: 11, name: "eleventh", atLeast: 20, measuredOnce: "0.950 / 0.844", precision: 1.0, recall: 0.97, eachLanguage: (1.0, 0.90)),
        CollectionRound(round: 12, name: "twelfth", atLeast: 20, measuredOnce: "0.946 / 0.814", precision: 0.95, recall: 0.97, eachLanguage: (0.90, 0.90)),
        CollectionRound(round: 13, name: "thirteenth", atLeast: 20, measuredOnce: "1.000 / 0.757", precision: 1.0, recall: 0.94, eachLanguage: (1.0, 0.87)),
        CollectionRound(round: 14, name: "fourteenth", atLeast: 22, measuredOnce: "0.875 / 0.814", precision: 0.97, recall: 0.93, eachLanguage: (0.81, 0.90)),
        CollectionRound(round: 15, name: "fifteenth", atLeast: 24, measuredOnce: "0.947 / 0.837", precision: 1.0, recall: 0.95, eachLanguage: (1.0, 0.88)),
        CollectionRound(round: 16, name: "sixteenth", atLeast: 22, measuredOnce: "0.931 / 0.750", precision: 1.0, recall: 0.83, eachLanguage: (1.0, 0.66)),
        CollectionRound(round: 17, name: "seventeenth", atLeast: 24, measuredOnce: "0.923 / 0.814", precision: 0.96, recall: 0.98, eachLanguage: (0.94, 0.91)),
        CollectionRound(round: 18, name: "eighteenth", atLeast: 24, measuredOnce: "0.975 / 0.765", precision: 1.0, recall: 0.88, eachLanguage: (1.0, 0.75)),
        CollectionRound(round: 19, name: "nineteenth", atLeast: 24, measuredOnce: "0.911 / 0.773", precision: 1.0, recall: 0.96, eachLanguage: (1.0, 0.92)),
        CollectionRound(round: 20, name: "twentieth", atLeast: 24, measuredOnce: "0.886 / 0.713", precision: 0.97, recall: 0.84, eachLanguage: (0.94, 0.80)),
        CollectionRound(round: 21, name: "twenty-first", atLeast: 24, measuredOnce: "0.864 / 0.630", precision: 0.98, recall: 0.75, eachLanguage: (0.87, 0.43)),
        CollectionRound(round: 22, name: "twenty-second", atLeast: 24, measuredOnce: "0.885 / 0.600", precision: 0.88, recall: 0.82, eachLanguage: (0.81, 0.55), heldBack: true),
        CollectionRound(round: 23, name: "twenty-third", atLeast: 24, measuredOnce: "0.774 / 0.615", precision: 0.77, recall: 0.61, eachLanguage: (0.66, 0.25)),
        CollectionRound(round: 24, name: "twenty-fourth", atLeast: 24, measuredOnce: "0.925 / 0.638", precision: 0.92, recall: 0.63, eachLanguage: (0.88, 0.54)),
        CollectionRound(round: 25, name: "twenty-fifth", atLeast: 24, measuredOnce: "0.891 / 0.770", precision: 0.89, recall: 0.87, eachLanguage: (0.80, 0.68), heldBack: true),
        CollectionRound(round: 26, name: "twenty-sixth", atLeast: 24, measuredOnce: "0.889 / 0.713", precision: 0.88, recall: 0.71, eachLanguage: (0.76, 0.61)),
        CollectionRound(round: 27, name: "twenty-seventh", atLeast: 24, measuredOnce: "0.848 / 0.789", precision: 0.84, recall: 0.83, eachLanguage: (0.68, 0.57), heldBack: true),
        CollectionRound(round: 28, name: "twenty-eighth", atLeast: 24, measuredOnce: "0.803 / 0.681", precision: 0.80, recall: 0.68, eachLanguage: (0.72, 0.47)),
        CollectionRound(round: 29, name: "twenty-ninth", atLeast: 24, measuredOnce: "0.887 / 0.679", precision: 0.88, recall: 0.83, eachLanguage: (0.81, 0.50), heldBack: true),
        CollectionRound(round: 30, name: "thirtieth", atLeast: 36, measuredOnce: "0.889 / 0.718", precision: 0.90, recall: 0.83, eachLanguage: (0.86, 0.69)),
        CollectionRound(round: 31, name: "thirty-first", atLeast: 44, measuredOnce: "0.873 / 0.632", precision: 0.87, recall: 0.78, eachLanguage: (0.82, 0.57), heldBack: true),
        CollectionRound(round: 32, name: "thirty-second", atLeast: 45, measuredOnce: "0.903 / 0.675", precision: 0.93, recall: 0.83, eachLanguage: (0.81, 0.81)),
        CollectionRound(round: 33, name: "thirty-third", atLeast: 45, measuredOnce: "0.877 / 0.676", precision: 0.86, recall: 0.74, eachLanguage: (0.81, 0.52), heldBack: true),
        CollectionRound(round: 34, name: "thirty-fourth", atLeast: 44, measuredOnce: "0.891 / 0.645", precision: 0.94, recall: 0.75, eachLanguage: (0.87, 0.61)),
        CollectionRound(round: 35, name: "thirty-fifth", atLeast: 43, measuredOnce: "0.841 / 0.763", precision: 0.83, recall: 0.86, eachLanguage: (0.68, 0.72), heldBack: true),
        // No English in the thirty-sixth round (its sources were French, Spanish and Chinese).
        CollectionRound(round: 36, name: "thirty-sixth", atLeast: 0, measuredOnce: "0.952 / 0.580", precision: 0.96, recall: 0.65, eachLanguage: (0.94, 0.49)),
        CollectionRound(round: 37, name: "thirty-seventh", atLeast: 41, measuredOnce: "0.957 / 0.537", precision: 0.94, recall: 0.56, eachLanguage: (0.91, 0.31), heldBack: true),
        CollectionRound(round: 38, name: "thirty-eighth", atLeast: 40, measuredOnce: "0.875 / 0.628", precision: 0.86, recall: 0.73, eachLanguage: (0.72, 0.49), heldBack: true),
        CollectionRound(round: 39, name: "thirty-ninth", atLeast: 55, measuredOnce: "0.887 / 0.628", precision: 0.94, recall: 0.67, eachLanguage: (0.89, 0.49)),
        CollectionRound(round: 40, name: "fortieth", atLeast: 44, measuredOnce: "1.000 / 0.613", precision: 0.98, recall: 0.77, eachLanguage: (0.88, 0.49), heldBack: true),
        CollectionRound(round: 41, name: "forty-first", atLeast: 45, measuredOnce: "0.908 / 0.742", precision: 0.90, recall: 0.76, eachLanguage: (0.86, 0.70), heldBack: true),
        // Rounds 42-44 were measured once with the agency-voice model trained without them, then
        // added to its training set.
        CollectionRound(round: 42, name: "forty-second", atLeast: 50, measuredOnce: "0.974 / 0.760", precision: 0.98, recall: 0.86, eachLanguage: (0.95, 0.76)),
        CollectionRound(round: 43, name: "forty-third", atLeast: 47, measuredOnce: "0.939 / 0.646", precision: 0.94, recall: 0.73, eachLanguage: (0.88, 0.65)),
        CollectionRound(round: 44, name: "forty-fourth", atLeast: 48, measuredOnce: "0.954 / 0.646", precision: 0.95, recall: 0.72, eachLanguage: (0.85, 0.66)),
        // Rounds 45-46 were measured once with the model trained on rounds up to 44, then added to
        // its training set; round 47 is held back from it.
        CollectionRound(round: 45, name: "forty-fifth", atLeast: 47, measuredOnce: "0.986 / 0.755", precision: 0.98, recall: 0.80, eachLanguage: (0.94, 0.70)),
        CollectionRound(round: 46, name: "forty-sixth", atLeast: 44, measuredOnce: "0.938 / 0.629", precision: 0.98, recall: 0.71, eachLanguage: (0.95, 0.52)),
        CollectionRound(round: 47, name: "forty-seventh", atLeast: 48, measuredOnce: "1.000 / 0.643", precision: 0.99, recall: 0.66, eachLanguage: (0.99, 0.53), heldBack: true),
        // Rounds 48-49 were measured once with the model trained on rounds up to 46, then added to
        // its training set; round 50 is held back from it.
        CollectionRound(round: 48, name: "forty-eighth", atLeast: 48, measuredOnce: "0.986 / 0.687", precision: 0.99, recall: 0.75, eachLanguage: (0.99, 0.66)),
        CollectionRound(round: 49, name: "forty-ninth", atLeast: 39, measuredOnce: "0.981 / 0.654", precision: 0.98, recall: 0.76, eachLanguage: (0.93, 0.50)),
        CollectionRound(round: 50, name: "fiftieth", atLeast: 48, measuredOnce: "0.925 / 0.747", precision: 0.92, recall: 0.74, eachLanguage: (0.88, 0.60), heldBack: true),
        // Rounds 51-52, measured once with the model trained on rounds up to 49 and held back from it.
        CollectionRound(round: 51, name: "fifty-first", atLeast: 47, measuredOnce: "0.900 / 0.606", precision: 0.90, recall: 0.60, eachLanguage: (0.76, 0.41), heldBack: true),
        CollectionRound(round: 52, name: "fifty-second", atLeast: 40, measuredOnce: "0.913 / 0.656", precision: 0.91, recall: 0.65, eachLanguage: (0.77, 0.45), heldBack: true),
        // Rounds 53-56, measured once with the model trained on rounds up to 49; 54 and 56 were then
        // added to its training set, 53 and 55 are held back from it.
        CollectionRound(round: 53, name: "fifty-third", atLeast: 52, measuredOnce: "1.000 / 0.760", precision: 1.00, recall: 0.76, eachLanguage: (1.00, 0.68), heldBack: true),
        CollectionRound(round: 54, name: "fifty-fourth", atLeast: 48, measuredOnce: "0.941 / 0.681", precision: 0.95, recall: 0.71, eachLanguage: (0.90, 0.58)),
        CollectionRound(round: 55, name: "fifty-fifth", atLeast: 47, measuredOnce: "0.987 / 0.701", precision: 0.98, recall: 0.71, eachLanguage: (0.95, 0.63), heldBack: true),
        CollectionRound(round: 56, name: "fifty-sixth", atLeast: 49, measuredOnce: "0.953 / 0.642", precision: 0.98, recall: 0.75, eachLanguage: (0.94, 0.66)),
    ]

    /// Each collection round against its floors, overall and in each language; its held-out
    /// quarter is reported (never its misses).
    @Test(arguments: collectionRounds)
    func precisionAndRecallOnACollectionRound(_ round: CollectionRound) {
        Self.measureRound(round.round, round.name, atLeast: round.atLeast, precision: round.precision,
                          recall: round.recall, eachLanguage: round.eachLanguage, listMisses: !round.heldBack)
        let heldOut = Self.sentences.filter { $0.round == round.round && $0.split == "heldout" }
        Scores.report("real prose, \(round.name) round, held-out quarter", heldOut, listMisses: false, floor: (0.0, 0.0))
    }

    /// Measures collection round `round` (at least `atLeast` sentences in each language) against
    /// its floors: overall `precision` and `recall`, and `eachLanguage`.
    private static func measureRound(_ round: Int, _ name: String, atLeast: Int, precision: Double, recall: Double,
                                     eachLanguage: (precision: Double, recall: Double) = (0.90, 0.85), listMisses: Bool = true) {
        let sentences = Self.sentences.filter { $0.round == round }
        for language in ["en", "fr", "es", "zh"] {
            #expect(sentences.filter { $0.lang == language }.count >= atLeast, "\(language): fewer than \(atLeast) \(name)-round sentences")
        }
        let overall = Scores.report("real prose, \(name) round", sentences, listMisses: listMisses, floor: eachLanguage)
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
