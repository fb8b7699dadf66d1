/// How a paragraph is laid out: its style and the few properties set directly.
struct DocxParagraphStyle {
    /// A paragraph style ID (`Heading2`, `Caption`, `TableFigure`); `nil` for Normal.
    var style: String?
    /// Keep with the next paragraph (captions, rows of a small table).
    var keepNext = false
    /// A list item: the list's numbering instance and the item's depth.
    var list: (numberingID: Int, level: Int)?
    /// A bookmark around the paragraph, for the contents and internal links.
    var bookmark: String?

    init(_ style: String? = nil, keepNext: Bool = false, bookmark: String? = nil) {
        self.style = style
        self.keepNext = keepNext
        self.bookmark = bookmark
    }
}
