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
/// (`situation-analysis: Contexte général, Panorama`).
public struct SectionVocabularySettings: Sendable, Hashable {
    public var synonyms: [Located<String>: [Located<String>]]

    public init(synonyms: [Located<String>: [Located<String>]] = [:]) {
        self.synonyms = synonyms
    }
}
