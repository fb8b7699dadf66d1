import Foundation
import Testing
import TestSupport
@testable import PlanCompiler

/// Part recognition over heading lists modelled on published country, sector and regional
/// chapters (Data/heading-sets.jsonl: each line a chapter with its headings, the parts each
/// heading names, and its source). The `tune` lists shaped the vocabulary; the `held-out` ones
/// were written before any run and never tuned on.
@Suite struct SectionRecognitionTests {
    struct Chapter: Decodable {
        struct Heading: Decodable {
            var text: String
            var parts: [String]
        }
        var id: String
        var kind: String
        var language: String
        var split: String
        var headings: [Heading]
        var source: String
    }

    /// Heading-level counts, and the chapters' parts never recognised under any heading.
    struct Score: CustomStringConvertible {
        var chapters = 0
        var headings = 0
        var truePositives = 0
        var falsePositives = 0
        var falseNegatives = 0
        var falseMissing: [String] = []
        var mistakes: [String] = []

        var precision: Double { Double(truePositives) / Double(max(1, truePositives + falsePositives)) }
        var recall: Double { Double(truePositives) / Double(max(1, truePositives + falseNegatives)) }
        var description: String {
            "\(chapters) chapters, \(headings) headings: precision \(String(format: "%.3f", precision)), recall \(String(format: "%.3f", recall)), "
                + "parts a chapter has but would be told it lacks: \(falseMissing.count)"
        }
    }

    static let chapters: [Chapter] = {
        let path = PackageRoot.path("Tests/PlanCompilerTests/Sections/Data/heading-sets.jsonl")
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").compactMap { try? JSONDecoder().decode(Chapter.self, from: Data($0.utf8)) }
    }()

    static func score(_ split: String) -> Score {
        var score = Score()
        let matchers = Dictionary(uniqueKeysWithValues: SectionKind.allCases.map { ($0.rawValue, SectionMatcher(vocabulary: .builtIn, kind: $0)) })
        for chapter in chapters where chapter.split == split {
            guard let matcher = matchers[chapter.kind] else { continue }
            score.chapters += 1
            var found = Set<String>()
            for heading in chapter.headings {
                score.headings += 1
                let predicted = Set(matcher.parts(for: heading.text))
                let expected = Set(heading.parts)
                found.formUnion(predicted)
                score.truePositives += predicted.intersection(expected).count
                score.falsePositives += predicted.subtracting(expected).count
                score.falseNegatives += expected.subtracting(predicted).count
                if predicted != expected {
                    score.mistakes.append("\(chapter.id): '\(heading.text)' read as \(predicted.sorted()), expected \(expected.sorted())")
                }
            }
            for part in Set(chapter.headings.flatMap(\.parts)).subtracting(found).sorted() {
                score.falseMissing.append("\(chapter.id): \(part)")
            }
        }
        return score
    }

    @Test func theSetIsLargeAndCoversEveryKindAndLanguage() {
        let tune = Self.chapters.filter { $0.split == "tune" }
        #expect(tune.count >= 60)
        #expect(Self.chapters.filter { $0.split == "held-out" }.count >= 20)
        for kind in SectionKind.allCases { #expect(tune.contains { $0.kind == kind.rawValue }, "no \(kind) chapter") }
        for language in ["en", "fr", "es"] { #expect(tune.contains { $0.language == language }, "no chapter in \(language)") }
        #expect(Self.chapters.allSatisfy { !$0.source.isEmpty })
    }

    /// The score of one split, printed with every heading read otherwise than expected.
    static func reported(_ split: String) -> Score {
        let score = score(split)
        print("section recognition, \(split) set: \(score)")
        for m in score.mistakes { print("  \(m)") }
        return score
    }

    @Test func recognisesThePartsOfTheTuningSet() {
        let score = Self.reported("tune")
        #expect(score.precision >= 0.97, "\(score)")
        #expect(score.recall >= 0.97, "\(score)")
        // Two known misses, both of sector responses (which sector chapters satisfy anyway): the
        // Rohingya JRP 2018 calls them "Sector needs overviews and response strategies" (read as
        // needs and a response strategy), the Chad plan of 2019 "Plan de réponse pour 2019 et
        // 2020" (read as nothing: "Plan de réponse" is also every plan's title).
        #expect(score.falseMissing.count <= 2, "\(score.falseMissing)")
    }

    @Test func recognisesThePartsOfTheHeldOutSet() {
        let score = Self.reported("held-out")
        #expect(score.precision >= 0.9, "\(score)")
        #expect(score.recall >= 0.9, "\(score)")
        #expect(score.falseMissing.isEmpty, "\(score.falseMissing)")
    }
}
