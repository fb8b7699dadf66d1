/// What reading a chapter computes beyond its syntax tree. The defaults cost nothing more:
/// `rrp check` and `rrp lint` use them; `rrp compile` asks for what its outputs need.
public struct LoadOptions: Sendable, Hashable {
    /// Render each top-level block of the body to HTML with cmark during the parse (see
    /// `NarrativeHTML`), so the HTML output does not parse the body a second time.
    public var narrativeHTML: Bool
    /// Keep raw HTML in that rendering (`--allow-raw-html`); cmark omits it otherwise.
    public var allowRawHTML: Bool
    /// Keep only the body's top-level headings (and its raw HTML ranges): all the compiler
    /// reads. The language rules read every paragraph, so only a compile without them sets it.
    public var outlineOnly: Bool
    /// Build only the body's prose (`MarkdownDocument.prose`, what the language rules read) and
    /// its raw HTML ranges, no tree of blocks: `rrp lint`, which reads nothing else of a body.
    public var proseOnly: Bool
    /// Keep the body's tree (`NarrativeTree`), so that the Word documents are written from the
    /// one parse instead of parsing each placed body again.
    public var narrativeTree: Bool

    public init(narrativeHTML: Bool = false, allowRawHTML: Bool = false, outlineOnly: Bool = false, proseOnly: Bool = false, narrativeTree: Bool = false) {
        self.narrativeHTML = narrativeHTML
        self.allowRawHTML = allowRawHTML
        self.outlineOnly = outlineOnly
        self.proseOnly = proseOnly
        self.narrativeTree = narrativeTree
    }
}
