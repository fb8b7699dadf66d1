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

    public init(formats: Set<OutputFormat> = OutputFormat.defaults, country: String? = nil, hxl: Bool = true, allowRawHTML: Bool = false) {
        self.formats = formats
        self.country = country
        self.hxl = hxl
        self.allowRawHTML = allowRawHTML
    }
}
