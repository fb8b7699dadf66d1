/// The plan's foreword (`chapter: foreword`), as the regional document shows it before its
/// contents.
public struct Foreword: Sendable, Hashable, Codable {
    /// The foreword's language.
    public var language: String
    /// Its heading, when `title:` gives one.
    public var title: String?
    /// Its signatories, one line each, as written.
    public var signedBy: [String]
    /// Its text.
    public var narrative: Narrative

    public init(language: String, title: String?, signedBy: [String], narrative: Narrative) {
        self.language = language
        self.title = title
        self.signedBy = signedBy
        self.narrative = narrative
    }
}
