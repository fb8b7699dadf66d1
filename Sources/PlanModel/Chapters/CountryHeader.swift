/// Where a chapter belongs: a country, a sub-region (RMRP) or the regional level.
public enum ChapterPlace: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    case country(CountryCode)
    case subRegion(String)
    /// The regional line that belongs to no country (`country: regional`).
    case regional

    /// The code used in file names, JSON keys and CSV cells: `TCD`, `southern-cone`, `regional`.
    public var code: String {
        switch self {
        case .country(let c): c.code
        case .subRegion(let id): id
        case .regional: "regional"
        }
    }

    public var description: String { code }

    public static func < (lhs: ChapterPlace, rhs: ChapterPlace) -> Bool { lhs.code < rhs.code }
}

/// The front matter of a country chapter (`chapter: country`).
public struct CountryHeader: Sendable, Hashable {
    public var place: Located<ChapterPlace>
    public var language: Located<String>?
    /// A display title; the country's name when absent.
    public var title: Located<String>?
    public var headline: Headline?
    /// The country's own period (`period:`), inside the plan's: a country joining later.
    public var period: Located<Period>?
    /// The country's requirement as a total before its sector chapters state theirs
    /// (`total-requirement:`): for the whole period or per year; empty when not written.
    public var totalRequirement: [YearAmount]
    /// `status:`, `cleared-by:`, `cleared-on:`.
    public var clearance = Clearance()

    public init(
        place: Located<ChapterPlace>, language: Located<String>? = nil, title: Located<String>? = nil, headline: Headline? = nil,
        period: Located<Period>? = nil, totalRequirement: [YearAmount] = []
    ) {
        self.place = place
        self.totalRequirement = totalRequirement
        self.period = period
        self.language = language
        self.title = title
        self.headline = headline
    }
}
