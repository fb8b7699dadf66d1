import Foundation

/// The agency-voice model: a logistic regression over a sentence's words and word pairs
/// (``VoiceFeatures``), trained by `Scripts/train-voice-model.py` on the labelled real sentences
/// of the development rounds, that tells how likely a sentence which names an agency reads as
/// that agency's own account rather than the joint plan's. `language.agency-voice` reports a
/// sentence the rules let pass when the probability reaches ``threshold`` (docs/lint.md, "The
/// agency-voice model").
struct VoiceModel: Sendable {
    /// The weight of each feature the model knows, by the hash of the feature's text
    /// (``VoiceFeatures/FNV``); features it does not know are left out.
    let weights: [UInt64: Double]
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
        switch VoiceModel.parse([UInt8](data)) {
        case .success(let model): return model
        case .failure(let error): fatalError("PlanLint resource voice-model.tsv is invalid: \(error.message)")
        }
    }()

    struct ParseError: Error {
        var message: String
    }

    /// Reads the model file: `#` comment lines, then `version`, `bias` and `threshold` lines
    /// and one `feature<TAB>weight` line per feature (a feature's name holds a colon).
    static func parse(_ bytes: [UInt8]) -> Result<VoiceModel, ParseError> {
        var weights: [UInt64: Double] = [:]
        weights.reserveCapacity(bytes.count / 20)
        var header: [String: Double] = [:]
        var line = 0
        var start = 0
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            defer { start = end + 1 }
            line += 1
            guard end > start, bytes[start] != UInt8(ascii: "#") else { continue }
            let text = bytes[start..<end]
            guard let tab = text.lastIndex(of: UInt8(ascii: "\t")),
                  let value = Double(String(decoding: text[(tab + 1)...], as: UTF8.self)), value.isFinite
            else { return .failure(ParseError(message: "line \(line) is not 'name<TAB>number'")) }
            let name = text[..<tab]
            if name.contains(UInt8(ascii: ":")) {
                weights[VoiceFeatures.FNV.hash(name)] = value
            } else {
                header[String(decoding: name, as: UTF8.self)] = value
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
        // Known features with their weights, in hash order (a fixed order: the sum is the same in
        // every run).
        let known = VoiceFeatures.hashes(text, language: language, section: section)
            .compactMap { hash in weights[hash].map { (hash, $0) } }
            .sorted { $0.0 < $1.0 }
        var squares = 0
        var sum = 0.0
        var i = 0
        while i < known.count {
            var j = i + 1
            while j < known.count, known[j].0 == known[i].0 { j += 1 }
            let count = j - i
            squares += count * count
            sum += known[i].1 * Double(count)
            i = j
        }
        let z = bias + (squares == 0 ? 0 : sum / Double(squares).squareRoot())
        return 1 / (1 + exp(-z))
    }
}
