import PlanDiagnostics
extension DSLRules {
    /// `dsl.tab-indentation`.
    public static let tabIndentation = rule("dsl.tab-indentation", "Indent with spaces, not tabs",
         "Tabs look different in every editor, so a block indented with tabs cannot be read reliably. Indent with two spaces per level, lining each line up with the other keys of its block.",
         triggering: [plan("headline:\n\trequirements: USD 5M\n")],
         nonTriggering: [plan("headline:\n  requirements: USD 5M\n"), country("title: Tchad\tEst\n")])

    /// `dsl.unexpected-indentation`.
    public static let unexpectedIndentation = rule("dsl.unexpected-indentation", "Only a key ending with ':' or a '- ' item can open an indented block",
         "A line indented more than the line above belongs to that line, and only a key without a value on its line ('partners:') or a '- ' item can have indented lines below it. Long text cannot continue on an indented line: keep it on one line.",
         triggering: [country("title: Analyse de la situation\n  au Tchad\n"), "---\n  chapter: country\ncountry: TCD\n---\n"],
         nonTriggering: [plan("headline:\n  requirements: USD 5M\n")])

    /// `dsl.inconsistent-indentation`.
    public static let inconsistentIndentation = rule("dsl.inconsistent-indentation", "A line must be indented like the block it belongs to",
         "When a line moves back to the left, it must line up with an earlier key or '- ' item of an enclosing block. A line that lands between two levels belongs to neither.",
         triggering: [plan("headline:\n    requirements: USD 5M\n  partners: 3\n")],
         nonTriggering: [plan("headline:\n    requirements: USD 5M\n    partners: 3\n")])

    /// `dsl.duplicate-key`.
    public static let duplicateKey = rule("dsl.duplicate-key", "A key may appear only once in a block",
         "Two values for one key leave the plan ambiguous. The note points at the first occurrence; keep one of them.",
         triggering: [country("language: fr\nlanguage: en\n")],
         nonTriggering: [country("language: fr\n")])

    /// `dsl.expected-key`.
    public static let expectedKey = rule("dsl.expected-key", "A line of a block must be 'key: value'",
         "Blocks are made of 'key: value' lines: a key of letters, digits and '-', a colon, a space, and the value. A bare value or a '- ' item cannot stand among them, and the colon needs a space after it (and none before it).",
         triggering: [country("language:fr\n"), country("title : Tchad\n"), country("- TCD\n")],
         nonTriggering: [country("language: fr\ntitle: Tchad: situation\n")])

    /// `dsl.expected-list-item`.
    public static let expectedListItem = rule("dsl.expected-list-item", "A line of a list must start with '- '",
         "Once a block is a list of '- ' items, every line at that indentation must be an item: a dash, a space, then the value.",
         triggering: [sector("assumptions:\n  - The border remains open.\n  Access holds.\n"), sector("assumptions:\n  -The border remains open.\n")],
         nonTriggering: [sector("assumptions:\n  - The border remains open.\n  - Access holds.\n")])

    /// `dsl.value-on-next-line`.
    public static let valueOnNextLine = rule("dsl.value-on-next-line", "A value goes on the same line as its key",
         "The line below a key without a value is read as an indented block, not as the key's value. Write 'key: value' on one line.",
         triggering: [country("title:\n  Analyse de la situation\n")],
         nonTriggering: [country("title: Analyse de la situation\n")])

    /// `dsl.invalid-quoted-text`.
    public static let invalidQuotedText = rule("dsl.invalid-quoted-text", "Quoted text must close on its line and escape only '\"' and '\\'",
         "Double quotes let a value start with a character that would otherwise mean something ('#', '[', '&'...). The text ends at the next unescaped '\"' on the same line; inside, write '\\\"' for a quote and '\\\\' for a backslash, and nothing may follow the closing quote but a comment.",
         triggering: [country("title: \"Tchad\n"), country("title: \"Tchad\" Est\n"), country("title: \"C:\\new\"\n")],
         nonTriggering: [country("title: \"#1 priority: \\\"access\\\"\"  # quoted\n")])

    /// `dsl.single-quoted-text`.
    public static let singleQuotedText = rule("dsl.single-quoted-text", "Use double quotes, not single quotes, around a value",
         "YAML's single quotes are not part of the plan language. Most values need no quotes at all; when one does, use double quotes.",
         triggering: [country("title: 'Tchad'\n")],
         nonTriggering: [country("title: L'est du Tchad\n"), country("title: \"Tchad\"\n")])

    /// Rules about lines, indentation and keys, before any key is interpreted.
    static let tree: [Rule] = [tabIndentation, unexpectedIndentation, inconsistentIndentation, duplicateKey, expectedKey, expectedListItem, valueOnNextLine, invalidQuotedText, singleQuotedText]
}
