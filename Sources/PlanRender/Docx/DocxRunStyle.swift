/// How a run of text looks: direct formatting and a character style.
struct DocxRunStyle: Equatable {
    var bold = false
    var italic = false
    /// A character style ID (`VerbatimChar`, `Hyperlink`).
    var characterStyle: String?
    /// A text colour (hex RGB), for table header cells.
    var colour: String?
    /// A font size in half-points (small tables); `nil` for the style's.
    var size: Int?

    static let plain = DocxRunStyle()
    static let strong = DocxRunStyle(bold: true)
    static let emphasis = DocxRunStyle(italic: true)
}
