/// The page size of the PDF edition (`rrp compile --format pdf --paper letter`).
public enum PaperSize: String, Sendable, Hashable, CaseIterable {
    /// ISO A4, 210 × 297 mm: the default.
    case a4
    /// US Letter, 8.5 × 11 in.
    case letter

    /// The CSS `@page { size: ... }` keyword.
    public var cssKeyword: String {
        switch self {
        case .a4: "A4"
        case .letter: "letter"
        }
    }
}
