import PlanSyntax

/// The language of a chapter when no typed header is at hand: a `language: xx` line in the
/// front matter, found with a plain scan so that a lone Markdown file works.
public enum ChapterLanguage {
    /// `en`, `fr`, `es`, `zh`... from `language: fr` (also `fr-FR`, quoted values, comments);
    /// `nil` without front matter or without the key.
    public static func declared(in chapter: ChapterSource) -> String? {
        guard let text = chapter.frontMatterText else { return nil }
        for line in text.split(whereSeparator: \.isNewline) {
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            guard trimmed.hasPrefix("language:") else { continue }
            var value = trimmed.dropFirst("language:".count).prefix { $0 != "#" }
            value = value.drop { $0 == " " || $0 == "\"" || $0 == "'" }
            return normalized(String(value.prefix { $0.isLetter || $0 == "-" || $0 == "_" }))
        }
        return nil
    }

    /// `fr-FR` -> `fr`, `ZH_Hans` -> `zh`; `nil` for an empty code.
    public static func normalized(_ code: String) -> String? {
        let base = code.prefix { $0.isLetter }.lowercased()
        return base.isEmpty ? nil : base
    }
}
