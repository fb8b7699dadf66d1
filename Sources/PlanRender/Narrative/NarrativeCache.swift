/// Rendered chapter bodies of one compile, by chapter file and placement.
enum NarrativeCache {
    struct Key: Hashable, Sendable {
        var file: String
        var baseLevel: Int
        var titles: [String]
        var html: Bool
        var markdown: Bool

        /// The chapter's file and placement as one text: a placed chapter's ID for the Word
        /// documents (the same file placed alike reads alike).
        var chapterID: String {
            ([file, String(baseLevel)] + titles).joined(separator: "\u{0}")
        }
    }

    struct Rendered: Sendable {
        var hasText: Bool
        var html: String
        /// The placed Markdown: made when first read when no Markdown document asks for it.
        var markdown: TemplateValue
        /// The ID the Word documents find the chapter's kept tree by
        /// (``DocxNarrativeCache/register(_:for:)``), `nil` when none was registered.
        var chapter: String?
    }
}
