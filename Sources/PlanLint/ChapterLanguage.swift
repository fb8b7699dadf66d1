import PlanSyntax

/// The language of a chapter when no typed header is at hand: a `language: xx` line in the
/// front matter (``FrontMatterKey``), so that a lone Markdown file works.
public enum ChapterLanguage {
    /// `en`, `fr`, `es`, `zh`... from `language: fr` (also `fr-FR`, quoted values, comments);
    /// `nil` without front matter, without the key or with an empty value.
    public static func declared(in chapter: ChapterSource) -> String? {
        FrontMatterKey.value(of: "language", in: chapter).flatMap { normalized(String($0.prefix { $0.isLetter || $0 == "-" || $0 == "_" })) }
    }

    /// `fr-FR` -> `fr`, `ZH_Hans` -> `zh`; `nil` for an empty code.
    public static func normalized(_ code: String) -> String? {
        let base = code.prefix { $0.isLetter }.lowercased()
        return base.isEmpty ? nil : base
    }
}
