/// Plan-level configuration written in the plan file's front matter under `lint:` and
/// `sections:`. Everything a plan can configure is data.
public struct LintSettings: Sendable, Hashable {
    /// `lint: agencies:` extra agency names or acronyms to treat like the built-in ones.
    public var agencies: [Located<String>]
    /// `lint: allow:` phrases that are never flagged (exact text, case-sensitive).
    public var allow: [Located<String>]
    /// `lint: disable:` rule IDs switched off for the whole plan.
    public var disabledRules: [Located<String>]
    /// `lint: brands:` names of one agency's brands, programmes or tools (matched as written),
    /// added to the built-in list.
    public var brands: [Located<String>]

    public init(agencies: [Located<String>] = [], allow: [Located<String>] = [], disabledRules: [Located<String>] = [], brands: [Located<String>] = []) {
        self.agencies = agencies
        self.allow = allow
        self.disabledRules = disabledRules
        self.brands = brands
    }
}

/// `sections:` in the plan file: extra headings accepted for a required part, by part ID
/// (`situation-analysis: Contexte général, Panorama`), and `order:`.
public struct SectionVocabularySettings: Sendable, Hashable {
    public var synonyms: [Located<String>: [Located<String>]]
    /// `order: strict` asks for the required parts in the vocabulary's order; absent or `any`,
    /// any order is accepted.
    public var order: Located<SectionOrder>?

    public init(synonyms: [Located<String>: [Located<String>]] = [:], order: Located<SectionOrder>? = nil) {
        self.synonyms = synonyms
        self.order = order
    }
}

/// Whether a chapter's required parts must come in the vocabulary's order.
public enum SectionOrder: String, Sendable, Hashable, CaseIterable {
    /// Any order (the default: published plans order their parts differently).
    case any
    /// The vocabulary's order; a part out of it draws `section.order`.
    case strict
}

/// `revision:` in the plan file: which version of the plan this is, when it was issued and the
/// version it revises (a git tag, a document reference), as written.
public struct RevisionInfo: Sendable, Hashable, Codable {
    /// `name:` (`Mid-year revision 2026`).
    public var name: String
    /// `date:` the date the revision was issued.
    public var date: PlanDate?
    /// `previous:` the version this one revises.
    public var previous: String?

    public init(name: String, date: PlanDate? = nil, previous: String? = nil) {
        self.name = name
        self.date = date
        self.previous = previous
    }
}
