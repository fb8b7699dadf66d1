import Foundation

/// The required parts of each chapter kind and the headings that satisfy them: versioned data
/// (`Resources/section-vocabulary.json`) that a plan extends under `sections:`.
public struct SectionVocabulary: Sendable, Codable, Hashable {
    /// Incremented whenever a part is added, removed or reordered.
    public var version: Int
    /// Part IDs by chapter kind (`country`, `sector`, `regional`), in their expected order.
    public var kinds: [String: [String]]
    /// Every part, by ID.
    public var parts: [String: SectionPart]

    /// The built-in vocabulary.
    public static let builtIn: SectionVocabulary = {
        guard let url = Bundle.module.url(forResource: "section-vocabulary", withExtension: "json", subdirectory: "Resources"),
              let data = try? Data(contentsOf: url),
              let vocabulary = try? JSONDecoder().decode(SectionVocabulary.self, from: data)
        else { preconditionFailure("internal: the built-in section vocabulary is missing or malformed") }
        return vocabulary
    }()

    /// The parts of `kind` in order.
    public func parts(of kind: SectionKind) -> [(id: String, part: SectionPart)] {
        (kinds[kind.rawValue] ?? []).compactMap { id in parts[id].map { (id, $0) } }
    }

    /// This vocabulary with `headings` added to part `id` (under the language `any`).
    public func adding(_ headings: [String], to id: String) -> SectionVocabulary {
        var copy = self
        copy.parts[id]?.headings["any", default: []] += headings
        return copy
    }
}

/// One required part: its name, how data can satisfy it, and its headings by language.
public struct SectionPart: Sendable, Codable, Hashable {
    /// English name, used in diagnostics and as the last-resort heading.
    public var name: String
    /// `population`, `locations`, `assumptions`, `indicators`, `requirements`, `sector-chapters`
    /// or `country-chapters`: front-matter data that satisfies the part without a heading.
    public var data: String?
    /// Headings by language (`en`, `fr`, `es`; `any` for a plan's own additions).
    public var headings: [String: [String]]

    /// The heading a fix-it inserts, in `language` when the vocabulary has it.
    public func insertionHeading(language: String) -> String {
        headings[language]?.first ?? headings["en"]?.first ?? name
    }
}

/// The kinds of chapter that have required parts.
public enum SectionKind: String, Sendable, Codable, CaseIterable {
    /// A country chapter (and the plan file of a single-country plan).
    case country
    /// A sector or sub-sector chapter.
    case sector
    /// The plan file of a regional plan or RMRP.
    case regional
}
