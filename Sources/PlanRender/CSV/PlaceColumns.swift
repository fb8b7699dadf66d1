import PlanModel

/// The columns that say where a data row belongs, in every CSV file: `#country+code` holds only
/// ISO 3166 alpha-3 codes (empty for a row that is not a country's), and `#region+code` the
/// sub-region's ID or `regional` for the regional level (empty for a country), so that a tool
/// reading `#country+code` never meets a value that is not a country code.
enum PlaceColumns {
    /// Headers and hashtags of the four columns.
    static let headers: [(String, String)] = [
        ("Country code", "#country+code"), ("Country", "#country+name"), ("Region code", "#region+code"), ("Region", "#region+name"),
    ]

    /// The four values for `place`: ISO code and English short name for a country; ID and name
    /// (`regional`, `Regional`) for a sub-region or the regional level.
    static func values(_ place: ChapterPlace, index: PlanIndex) -> [String] {
        switch place {
        case .country(let c): [c.code, index.dataName(place), "", ""]
        case .subRegion, .regional: ["", "", place.code, index.dataName(place)]
        }
    }

    /// The four values for a row that no place holds (`unspecified`: funding a record did not
    /// place in a country): no country code, `code` and `name` in the region columns.
    static func unplaced(_ code: String, name: String) -> [String] { ["", "", code, name] }
}
