/// Where a chapter stands in clearance, as its front matter says (`status:`).
public enum ClearanceStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// Being written; the default of a chapter without `status:`.
    case draft
    /// With partners, sector leads or the coordinator for review.
    case review
    /// Cleared for publication.
    case cleared
}

/// A chapter's clearance: `status:`, and who cleared it (`cleared-by:`) when (`cleared-on:`).
/// A chapter without `status:` is a draft.
public struct Clearance: Sendable, Hashable {
    public var status: Located<ClearanceStatus>?
    public var clearedBy: Located<String>?
    public var clearedOn: Located<PlanDate>?

    public init(status: Located<ClearanceStatus>? = nil, clearedBy: Located<String>? = nil, clearedOn: Located<PlanDate>? = nil) {
        self.status = status
        self.clearedBy = clearedBy
        self.clearedOn = clearedOn
    }

    /// The status written, or `draft`.
    public var effectiveStatus: ClearanceStatus { status?.value ?? .draft }
}

extension ChapterHeader {
    /// The chapter's clearance, whatever its kind.
    public var clearance: Clearance {
        switch self {
        case .plan(let h): h.clearance
        case .country(let h): h.clearance
        case .sector(let h): h.clearance
        case .translation(let h): h.clearance
        case .foreword(let h): h.clearance
        }
    }
}
