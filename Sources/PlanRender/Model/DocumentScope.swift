import PlanModel

/// What one document covers: the whole plan, or one place (a country document).
public enum DocumentScope: Sendable, Hashable {
    case regional
    case place(ChapterPlace)

    /// The output file stem, built from codes only: `regional`, `country-TCD`.
    public var fileStem: String {
        switch self {
        case .regional: "regional"
        case .place(let place): "country-" + OutputName.safe(place.code)
        }
    }
}
