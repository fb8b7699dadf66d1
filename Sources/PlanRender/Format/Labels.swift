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
