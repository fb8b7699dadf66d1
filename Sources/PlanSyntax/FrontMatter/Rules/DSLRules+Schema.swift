import PlanDiagnostics
extension DSLRules {
    /// `dsl.unknown-key`.
    public static let unknownKey = rule("dsl.unknown-key", "Every key must be known for its chapter kind",
         "Each chapter kind has a fixed set of keys (see the key reference), so that a typo cannot silently drop data. The message suggests the nearest known key; population groups under 'population:' must be one of the groups of the field.",
         triggering: [sector("requirment:\n  UNHCR: USD 5M\n"), plan("partners-count: 3\n"), sector("population:\n  refugee:\n    planned: 1,000\n")],
         nonTriggering: [sector("requirements:\n  UNHCR: USD 5M\n")])

    /// `dsl.missing-key`.
    public static let missingKey = rule("dsl.missing-key", "A chapter must have its required keys",
         "A plan file needs 'plan', 'type', 'period', 'version', 'language', 'countries' (or 'sub-regions'), 'sectors' and 'partners'; a country chapter 'chapter' and 'country'; a sector chapter 'chapter', 'country' and 'sector'. Declared sectors need a 'name', partners a 'name' and a 'type', indicators an 'id'. The error points at the opening '---' of the chapter, or at the block that lacks the key.",
         triggering: ["---\nchapter: sector\ncountry: TCD\n---\n", plan("", countries: "")],
         nonTriggering: [sector()])

    /// `dsl.missing-value`.
    public static let missingValue = rule("dsl.missing-value", "A key must have a value",
         "A key followed by nothing, with no indented block below it, says nothing. Write the value after the colon, or remove the key. A sub-sector in the block form of 'subsectors:' needs its display name, not empty quotes.",
         triggering: [country("language:\n"), plan(sector: "    subsectors:\n      gbv:\n      child-protection: \"\"\n")],
         nonTriggering: [country("language: fr\n"), plan(sector: "    subsectors:\n      gbv: Gender-based violence (GBV)\n      child-protection: Child protection\n")])

    /// `dsl.expected-block`.
    public static let expectedBlock = rule("dsl.expected-block", "This key takes a block of indented 'key: value' lines",
         "Keys such as 'partners', 'sectors', 'headline', 'population' and 'requirements' hold several named values, each on its own indented line.",
         triggering: [country("headline: USD 5M\n"), sector("indicators:\n  - PRT-01\n")],
         nonTriggering: [country("headline:\n  requirements: USD 5M\n")])

    /// `dsl.expected-value`.
    public static let expectedValue = rule("dsl.expected-value", "This key takes a value on its own line, not an indented block",
         "Keys such as 'title', 'language' or 'period' hold one value written after the colon.",
         triggering: [country("language:\n  - fr\n")],
         nonTriggering: [country("language: fr\n")])

    /// `dsl.expected-list`.
    public static let expectedList = rule("dsl.expected-list", "This key takes a list of '- ' items",
         "'indicators' is a list: each indicator starts with '- id: ...' and continues with indented 'key: value' lines.",
         triggering: [sector("indicators: PRT-01\n")],
         nonTriggering: [sector("indicators:\n  - id: PRT-01\n")])

    /// `dsl.empty-list-item`.
    public static let emptyListItem = rule("dsl.empty-list-item", "A list may not have empty items",
         "An empty item in 'a,, b', a trailing comma, or a lone '- ' is most often a value that was deleted by mistake. Remove it or fill it in.",
         triggering: [plan("", countries: "countries: TCD,, CMR\n"), sector("assumptions:\n  -\n")],
         nonTriggering: [plan("", countries: "countries: TCD, CMR\n")])

    /// `dsl.duplicate-list-item`.
    public static let duplicateListItem = rule("dsl.duplicate-list-item", "A list may name each item once",
         "A country, sub-sector, outcome area or indicator listed twice is a copy-paste slip that would count twice downstream. The note points at the first occurrence.",
         triggering: [plan("", countries: "countries: TCD, CMR, TCD\n")],
         nonTriggering: [plan("", countries: "countries: TCD, CMR, NER\n")])

    /// `dsl.invalid-choice`.
    public static let invalidChoice = rule("dsl.invalid-choice", "The value must be one of the key's choices",
         "Plan types are 'regional', 'country' or 'rmrp'; chapter kinds 'country' or 'sector'; partner types 'un', 'ingo', 'nngo', 'rlo', 'fbo', 'red-cross', 'academia', 'private-sector', 'development', 'other-io' or 'government'. The message suggests the nearest choice.",
         triggering: [plan("  CRT:\n    name: Croix-Rouge du Tchad\n    type: redcross\n"), "---\nchapter: sectors\ncountry: TCD\nsector: protection\n---\n"],
         nonTriggering: [plan("  CRT:\n    name: Croix-Rouge du Tchad\n    type: red-cross\n")])

    /// Rules about which keys a chapter has and the shape of their values.
    static let schema: [Rule] = [unknownKey, missingKey, missingValue, expectedBlock, expectedValue, expectedList, emptyListItem, duplicateListItem, invalidChoice]
}
