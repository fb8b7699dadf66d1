import PlanDiagnostics
import PlanModel

/// A chapter file after the syntax stage's first steps: decoded, front matter located, body
/// parsed by cmark.
public struct ChapterSource: Sendable {
    public var file: SourceFile
    public var layout: ChapterLayout
    public var body: MarkdownDocument
    /// What is derived from this parse once (its narrative), shared by the copies. A chapter is
    /// never changed in place: a new text is a new `ChapterSource` (``read(_:options:)``).
    public let derived = ChapterDerived()

    /// The front matter's text, or `nil` when the file has none.
    public var frontMatterText: String? {
        layout.frontMatter.map { file.text($0.content) }
    }

    /// The body's Markdown text.
    public var bodyText: String {
        file.text(min(layout.bodyStartOffset, file.bytes.count)..<file.bytes.count)
    }

    /// Locates the front matter and parses the body of a decoded file (with what `options` asks
    /// for beyond the tree).
    public static func read(_ file: SourceFile, options: LoadOptions = LoadOptions()) -> (chapter: ChapterSource, diagnostics: [Diagnostic]) {
        let (layout, diagnostics) = FrontMatterLocator.locate(in: file)
        let body = CmarkReader.parse(file, layout: layout, options: options)
        return (ChapterSource(file: file, layout: layout, body: body), diagnostics)
    }
}
