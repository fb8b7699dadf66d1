import PlanModel

extension CmarkReader {
    /// The blocks of Markdown text that is not a chapter file (a chapter body already placed
    /// under a document's headings): parsed by cmark as a whole, unsafe link destinations
    /// blanked (``LinkSafety``), ranges in the text's own coordinates. The Word documents are
    /// written from these blocks.
    public static func blocks(ofMarkdown text: String, path: String = "") -> [MarkdownBlock] {
        let file = SourceFile(path: path, text: text)
        return parse(file, layout: ChapterLayout(frontMatter: nil, bodyStartOffset: 0, bodyStartLine: 1)).blocks
    }
}
