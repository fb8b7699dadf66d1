/// A chapter's text in another language (`chapter: translation`): what an edition in that
/// language shows in place of the original's body and title.
public struct TranslatedText: Sendable, Hashable, Codable {
    /// The translation's language.
    public var language: String
    /// Its `title:`, when it gives one.
    public var title: String?
    /// Its body.
    public var narrative: Narrative

    public init(language: String, title: String?, narrative: Narrative) {
        self.language = language
        self.title = title
        self.narrative = narrative
    }
}
