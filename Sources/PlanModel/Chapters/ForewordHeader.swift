/// The front matter of the plan's foreword (`chapter: foreword`): a signed message that opens
/// the regional document, before its contents.
public struct ForewordHeader: Sendable, Hashable {
    /// `language:` the foreword's language (the plan's when absent).
    public var language: Located<String>?
    /// `title:` its heading (the label "Foreword" in the document's language when absent).
    public var title: Located<String>?
    /// `signed-by:` one line per signatory, as written (`Name, Regional Refugee Coordinator`).
    public var signedBy: [Located<String>]
    /// Where `chapter: foreword` is written (what a second foreword is reported at).
    public var kindRange: SourceRange?
    /// `status:`, `cleared-by:`, `cleared-on:`.
    public var clearance = Clearance()

    public init(language: Located<String>? = nil, title: Located<String>? = nil, signedBy: [Located<String>] = []) {
        self.language = language
        self.title = title
        self.signedBy = signedBy
    }
}
