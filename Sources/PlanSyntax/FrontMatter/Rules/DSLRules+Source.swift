import PlanDiagnostics
extension DSLRules {
    /// `syntax.invalid-utf8`.
    public static let invalidUtf8 = rule("syntax.invalid-utf8", "The file must be valid UTF-8",
         "Plan chapters are read as UTF-8. A file saved in another encoding (often Windows-1252 after a copy from Word or Excel) has bytes that are not UTF-8; re-save it as UTF-8. In the examples, '\u{FFFD}' stands for such a byte (0xE9, a Windows-1252 'é').",
         triggering: [country("title: Analyse de la situation au Tchad \u{FFFD}t\u{FFFD}\n")],
         nonTriggering: [country("title: Analyse de la situation au Tchad été\n")])

    /// `syntax.unterminated-front-matter`.
    public static let unterminatedFrontMatter = rule("syntax.unterminated-front-matter", "Front matter opened with '---' must be closed with '---'",
         "The block of plan data at the top of a chapter starts with a line '---' and ends with another line '---' before the Markdown text. Without the closing line the whole file would be read as plan data.",
         triggering: ["---\nchapter: country\ncountry: TCD\n## Situation\n"],
         nonTriggering: [country()])

    /// `dsl.missing-chapter-kind`.
    public static let missingChapterKind = rule("dsl.missing-chapter-kind", "Front matter must start with 'plan:' or 'chapter:'",
         "The first thing the parser needs to know is what the file is: the plan file (with 'plan: <title>') or a chapter ('chapter: country' or 'chapter: sector'). Every other key depends on it.",
         triggering: ["---\ncountry: TCD\n---\n"],
         nonTriggering: [country(), plan()])

    /// Rules about the file and the front-matter block as a whole.
    /// `syntax.front-matter-not-at-start`.
    public static let frontMatterNotAtStart = rule("syntax.front-matter-not-at-start", "Front matter must start on the first line",
         "A chapter's plan data is read only when the file's first line is '---'. A blank line, or an invisible character such as a second byte-order mark (left by some editors, or by a copy from a web page), before it would make the block ordinary Markdown text: the chapter, and its money, would drop out of the plan's totals. `rrp` reads the chapter anyway so that every other finding shows, and stops with this error; remove what comes before '---' (the fix-it does).",
         triggering: ["\n" + country(), "\u{FEFF}\u{FEFF}" + country()],
         nonTriggering: [country(), "\u{FEFF}" + country(), "\n---\nMeeting notes, not a chapter.\n---\n"])

    static let source: [Rule] = [invalidUtf8, unterminatedFrontMatter, frontMatterNotAtStart, missingChapterKind]
}
