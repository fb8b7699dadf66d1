/// The front matter of a translated chapter (`chapter: translation`): the text of another
/// chapter in another language. Plan data (figures, partners, requirements) stays in the
/// original, so that every edition shows the same numbers.
public struct TranslationHeader: Sendable, Hashable {
    /// `of:` the original chapter's path, relative to the translation's folder (`country.md`).
    public var original: Located<String>
    /// `language:` the translation's language.
    public var language: Located<String>
    /// A display title in the translation's language.
    public var title: Located<String>?
    /// `status:`, `cleared-by:`, `cleared-on:`: a translation is cleared on its own.
    public var clearance = Clearance()

    public init(original: Located<String>, language: Located<String>, title: Located<String>? = nil) {
        self.original = original
        self.language = language
        self.title = title
    }
}
