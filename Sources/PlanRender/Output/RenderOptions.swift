/// What to render.
public struct RenderOptions: Sendable, Hashable {
    /// The formats to write (`--emit`).
    public var formats: Set<OutputFormat>
    /// Only this place's document (`--country ISO3`); `nil` for the regional document and every
    /// country document.
    public var country: String?
    /// The HXL hashtag row under the CSV headers (`--no-hxl` drops it).
    public var hxl: Bool
    /// Keep raw HTML of chapters (`--allow-raw-html`); cmark omits it otherwise.
    public var allowRawHTML: Bool
    /// The language of every document (`--language fr`): its labels, numbers, dates and names;
    /// `nil` for the plan's language in the regional document and each country chapter's in its
    /// country document. Chapter prose stays in the language it was written in.
    public var language: String?
    /// One edition of the documents per language (`--language en,fr`): each document once per
    /// language, named `regional.fr.html`, `country-TCD.fr.md`..., with each chapter's
    /// translation (`chapter: translation`) where there is one; the data files once. Empty (or
    /// one language, which sets ``language``): one edition, named without a language.
    public var editions: [String] = []
    /// `--reference-doc FILE.docx`: the styles of the Word documents (``DocxReference``).
    public var reference: DocxReference?
    /// `--format pdf`: the paper and the engine (`--paper`, `--pdf-engine`).
    public var pdf = PDFSettings()

    public init(
        formats: Set<OutputFormat> = OutputFormat.defaults, country: String? = nil, hxl: Bool = true, allowRawHTML: Bool = false,
        language: String? = nil
    ) {
        self.formats = formats
        self.country = country
        self.hxl = hxl
        self.allowRawHTML = allowRawHTML
        self.language = language
    }

    /// Whether `code` is a language code `--language` accepts: a lower-case primary language of
    /// two or three letters, then optional subtags of letters and digits (`fr`, `es-419`).
    public static func isLanguageCode(_ code: String) -> Bool {
        let parts = code.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...3).contains(first.count), first.allSatisfy({ $0 >= "a" && $0 <= "z" }) else { return false }
        return parts.dropFirst().allSatisfy { (2...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
    }
}
