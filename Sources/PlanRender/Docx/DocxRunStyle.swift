/// How a run of text looks: direct formatting and a character style.
struct DocxRunStyle: Equatable {
    var bold = false
    var italic = false
    /// A character style ID (`VerbatimChar`, `Hyperlink`).
    var characterStyle: String?
    /// A text colour (hex RGB), for table header cells.
    var colour: String?

    static let plain = DocxRunStyle()
    static let strong = DocxRunStyle(bold: true)
    static let emphasis = DocxRunStyle(italic: true)
}
