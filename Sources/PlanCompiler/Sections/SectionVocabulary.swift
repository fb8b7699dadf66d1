import Foundation

/// The required parts of each chapter kind and the phrases that name them: versioned data
/// (`Resources/section-vocabulary.json`, whose `description` explains the matching) that a plan
/// extends under `sections:`. ``SectionMatcher`` reads headings with it.
public struct SectionVocabulary: Sendable, Codable, Hashable {
    /// Incremented whenever a part is added, removed or reordered, or the matching changes.
    public var version: Int
    /// How headings are matched, in prose (docs/plan-rules.md quotes it).
    public var description: String
    /// Part IDs by chapter kind (`country`, `sector`, `regional`), in their usual order.
    public var kinds: [String: [String]]
    /// The words of each language that carry no meaning of their own in a heading.
    public var languages: [String: SectionLanguage]
    /// Phrases by language that name no part (`Basic needs`: a sector, not the needs analysis).
    public var notParts: [String: [String]]
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

    /// The phrases of part `id` (its own, then those of the part it is `like`) by language:
    /// `open` ones (`headings`) or `alone` ones.
    func phrases(of id: String, alone: Bool) -> [(language: String, phrase: String)] {
        guard let part = parts[id] else { return [] }
        let own = (alone ? part.alone : part.headings) ?? [:]
        let mine = own.keys.sorted().flatMap { language in own[language]!.map { (language, $0) } }
        guard let like = part.like, like != id, parts[like]?.like == nil else { return mine }
        return mine + phrases(of: like, alone: alone)
    }
}

/// The words of one language that carry no meaning of their own in a heading.
public struct SectionLanguage: Sendable, Codable, Hashable {
    /// Articles and prepositions: never part of a phrase's meaning words.
    public var stop: [String]
    /// Words that join two stretches of a heading ("and"): not meaning words either.
    public var connectors: [String]
    /// Words that may stand beside an `alone` phrase without changing what it names ("Key",
    /// "Regional", "Country", "Summary", "Part"); country names count as qualifiers too.
    public var qualifiers: [String]
}

/// One required part: its name, how data can satisfy it, and the phrases that name it.
public struct SectionPart: Sendable, Codable, Hashable {
    /// English name, used in diagnostics and as the last-resort heading.
    public var name: String
    /// `population`, `locations`, `assumptions`, `indicators`, `requirements`, `sector-chapters`
    /// or `country-chapters`: front-matter data that satisfies the part without a heading.
    public var data: String?
    /// Phrases that name the part wherever they stand in a heading, by language (`en`, `fr`,
    /// `es`; `any` for a plan's own additions). The first of a language is the heading a fix-it
    /// inserts.
    public var headings: [String: [String]]
    /// Phrases that name the part only with nothing but qualifiers beside them.
    public var alone: [String: [String]]?
    /// A part whose phrases this part shares.
    public var like: String?
    /// Another part whose section may describe this one in its text.
    public var mentionedUnder: SectionMention?

    /// The heading a fix-it inserts, in `language` when the vocabulary has it.
    public func insertionHeading(language: String) -> String {
        headings[language]?.first ?? headings["en"]?.first ?? name
    }
}

/// A part described in the text of another part's section: regional working groups in the
/// "Coordination" section of a regional overview.
public struct SectionMention: Sendable, Codable, Hashable {
    /// The part whose section's text is read.
    public var part: String
    /// Phrases by language whose meaning words, in order, show the part is described.
    public var phrases: [String: [String]]
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
