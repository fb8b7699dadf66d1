import PlanDiagnostics
extension DSLRules {
    /// `dsl.yaml-anchor`.
    public static let yamlAnchor = rule("dsl.yaml-anchor", "Anchors ('&name') are not part of the plan language",
         "Anchors and aliases let YAML reuse a value, which makes a reviewer look elsewhere to know what a key holds. Write the value in full where it is needed.",
         triggering: [country("title: &t Tchad\n")],
         nonTriggering: [country("title: Tchad & Cameroun\n")])

    /// `dsl.yaml-alias`.
    public static let yamlAlias = rule("dsl.yaml-alias", "Aliases ('*name') are not part of the plan language",
         "Aliases and merge keys ('<<: *base') refer to an anchor elsewhere. Repeat the value instead.",
         triggering: [country("title: *t\n")],
         nonTriggering: [country("title: Tchad * Est\n")])

    /// `dsl.yaml-tag`.
    public static let yamlTag = rule("dsl.yaml-tag", "Tags ('!tag') are not part of the plan language",
         "Every key of the plan language already has a type, so YAML tags such as '!!str' have nothing to say. Remove the tag.",
         triggering: [country("title: !!str Tchad\n")],
         nonTriggering: [country("title: Tchad!\n")])

    /// `dsl.yaml-flow-collection`.
    public static let yamlFlowCollection = rule("dsl.yaml-flow-collection", "Brackets and braces ('[...]', '{...}') are not part of the plan language",
         "Write a list as 'a, b, c' on the key's line or as one '- ' item per line; write a block as indented 'key: value' lines. To start a text with a bracket, put it in double quotes.",
         triggering: [plan("", countries: "countries: [TCD, CMR]\n"), country("headline: {partners: 3}\n")],
         nonTriggering: [plan("", countries: "countries: TCD, CMR\n"), country("title: \"[Draft] Tchad\"\n")])

    /// `dsl.yaml-block-scalar`.
    public static let yamlBlockScalar = rule("dsl.yaml-block-scalar", "Block text ('|', '>') is not part of the plan language",
         "Front matter holds short typed values; prose belongs in the Markdown body. Write the text on one line after the key, or as '- ' items where a key takes a list.",
         triggering: [sector("assumptions: |\n  The border remains open.\n")],
         nonTriggering: [sector("assumptions:\n  - The border remains open.\n")])

    /// `dsl.yaml-document-marker`.
    public static let yamlDocumentMarker = rule("dsl.yaml-document-marker", "A chapter has one front-matter block: no '---' or '...' inside it",
         "YAML streams may hold several documents separated by '---' or ended by '...'. A chapter has exactly one block of plan data, between the opening and the closing '---' lines.",
         triggering: [country("...\n"), country("--- !second\n")],
         nonTriggering: [country("title: Tchad ... Est\n")])

    /// YAML constructs that are not part of the plan language, each with what to write instead.
    static let yaml: [Rule] = [yamlAnchor, yamlAlias, yamlTag, yamlFlowCollection, yamlBlockScalar, yamlDocumentMarker]
}
