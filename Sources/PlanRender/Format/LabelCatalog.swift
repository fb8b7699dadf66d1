import Foundation

/// The label data: a version number, a fallback language and one table per language.
public struct LabelCatalog: Sendable, Hashable, Codable {
    /// Version of the label data (1).
    public var version: Int
    /// The language used for keys missing in another (`en`).
    public var fallback: String
    /// Labels by language, then by key.
    public var languages: [String: [String: String]]

    public init(version: Int, fallback: String, languages: [String: [String: String]]) {
        self.version = version
        self.fallback = fallback
        self.languages = languages
    }

    /// Reads a catalog from JSON. `version` (default 1) and `fallback` (default `en`) may be
    /// left out, so an override file can hold just `{"languages": {"fr": {"total": "..."}}}`.
    public static func decode(_ data: Data) throws -> LabelCatalog {
        try JSONDecoder().decode(LabelCatalog.self, from: data)
    }

    private enum CodingKeys: String, CodingKey { case version, fallback, languages }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        version = try c.decodeIfPresent(Int.self, forKey: .version) ?? 1
        fallback = try c.decodeIfPresent(String.self, forKey: .fallback) ?? "en"
        languages = try c.decode([String: [String: String]].self, forKey: .languages)
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
