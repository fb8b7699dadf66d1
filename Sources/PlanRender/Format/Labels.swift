import Foundation

/// Headings and labels of the generated parts in one language, read from versioned data
/// (`labels.json`: `{"version": 1, "fallback": "en", "languages": {"en": {...}}}`).
///
/// A key missing in the requested language falls back to the catalog's fallback language, then
/// to the key itself, so a partial translation never breaks a document.
public struct Labels: Sendable, Hashable {
    /// The language the labels were asked for (`fr`).
    public let language: String
    private let table: [String: String]
    private let fallback: [String: String]

    /// Labels for `language` from `catalog`.
    public init(language: String, catalog: LabelCatalog) {
        self.language = language
        self.table = catalog.languages[language] ?? [:]
        self.fallback = catalog.languages[catalog.fallback] ?? [:]
    }

    /// The label for `key`.
    public subscript(_ key: String) -> String { table[key] ?? fallback[key] ?? key }

    /// Every key of the fallback language with its label in this language, for templates.
    public var all: [String: String] {
        var out = fallback
        for (k, v) in table { out[k] = v }
        return out
    }
}

/// The label data: a version number, a fallback language and one table per language.
public struct LabelCatalog: Sendable, Hashable, Codable {
    public var version: Int
    public var fallback: String
    public var languages: [String: [String: String]]

    public init(version: Int, fallback: String, languages: [String: [String: String]]) {
        self.version = version
        self.fallback = fallback
        self.languages = languages
    }

    /// Reads a catalog from JSON.
    public static func decode(_ data: Data) throws -> LabelCatalog {
        try JSONDecoder().decode(LabelCatalog.self, from: data)
    }

    /// This catalog with every label of `other` laid over it (per language, per key).
    public func overlaid(with other: LabelCatalog) -> LabelCatalog {
        var merged = self
        for (language, table) in other.languages {
            merged.languages[language, default: [:]].merge(table) { _, new in new }
        }
        return merged
    }
}
