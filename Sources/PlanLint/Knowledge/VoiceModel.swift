import Foundation

/// The agency-voice model: a logistic regression over a sentence's words and word pairs
/// (``VoiceFeatures``), trained by `Scripts/train-voice-model.py` on the labelled real sentences
/// of the development rounds, that tells how likely a sentence which names an agency reads as
/// that agency's own account rather than the joint plan's. `language.agency-voice` reports a
/// sentence the rules let pass when the probability reaches ``threshold`` (docs/lint.md, "The
/// agency-voice model").
struct VoiceModel: Sendable {
    /// The weight of each feature the model knows; features it does not know are left out.
    let weights: [String: Double]
    let bias: Double
    /// The probability from which a sentence is reported.
    let threshold: Double
    let version: Int

    /// The shipped model (`Resources/voice-model.tsv`), read on first use; a missing or broken
    /// resource is a packaging bug.
    static let shipped: VoiceModel = {
        guard let url = Bundle.module.url(forResource: "voice-model", withExtension: "tsv", subdirectory: "Resources")
            ?? Bundle.module.url(forResource: "voice-model", withExtension: "tsv"),
            let data = try? Data(contentsOf: url)
        else { fatalError("PlanLint resource voice-model.tsv is missing from the bundle") }
        switch VoiceModel.parse(String(decoding: data, as: UTF8.self)) {
        case .success(let model): return model
        case .failure(let error): fatalError("PlanLint resource voice-model.tsv is invalid: \(error.message)")
        }
    }()

    struct ParseError: Error {
        var message: String
    }

    /// Reads the model file: `#` comment lines, then `version`, `bias` and `threshold` lines
    /// and one `feature<TAB>weight` line per feature.
    static func parse(_ text: String) -> Result<VoiceModel, ParseError> {
        var weights: [String: Double] = [:]
        var header: [String: Double] = [:]
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: true).enumerated() where !line.hasPrefix("#") {
            guard let tab = line.lastIndex(of: "\t"), let value = Double(line[line.index(after: tab)...]), value.isFinite else {
                return .failure(ParseError(message: "line \(number + 1) is not 'name<TAB>number'"))
            }
            let name = String(line[..<tab])
            if name.contains(":") {
                // Two spellings of a word that Swift compares as equal (composed and decomposed
                // accents) are one feature.
                weights[name, default: 0] += value
            } else {
                header[name] = value
            }
        }
        guard let version = header["version"], let bias = header["bias"], let threshold = header["threshold"], !weights.isEmpty else {
            return .failure(ParseError(message: "the file needs version, bias, threshold and at least one feature"))
        }
        return .success(VoiceModel(weights: weights, bias: bias, threshold: threshold, version: Int(version)))
    }

    /// The probability that the sentence reads as one agency's own account. The features the
    /// model does not know are left out; the others' counts are scaled to unit length, as in
    /// training.
    func probability(_ text: String, language: String, section: String) -> Double {
        var counts: [String: Int] = [:]
        for feature in VoiceFeatures.of(text, language: language, section: section) where weights[feature] != nil {
            counts[feature, default: 0] += 1
        }
        var squares = 0
        var sum = 0.0
        for (feature, count) in counts.sorted(by: { $0.key < $1.key }) {
            squares += count * count
            sum += weights[feature, default: 0] * Double(count)
        }
        let z = bias + (squares == 0 ? 0 : sum / Double(squares).squareRoot())
        return 1 / (1 + exp(-z))
    }

    /// The section kind as the model was trained on it (`situation`, `strategy`, `budget`,
    /// `coordination`; other sections have no feature of their own).
    static func section(_ kind: SectionKind) -> String {
        switch kind {
        case .situation: "situation"
        case .strategy: "strategy"
        case .budget: "budget"
        case .coordination: "coordination"
        case .foreword, .other: "other"
        }
    }
}
