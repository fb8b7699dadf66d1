import PlanLint
import PlanSyntax
import Testing

/// `ChapterLanguage.declared(in:)` scans the front matter's bytes for a `language:` line; these
/// cases pin what the line-by-line reading (by characters) decided before.
struct ChapterLanguageTests {
    static let cases: [(frontMatter: String, language: String?)] = [
        ("kind: country\r\nlanguage: es\r\n", "es"),
        ("title: \"language: fr\"\n  \tlanguage: 'zh-Hans'\n", "zh"),
        ("kind: plan\nlanguage:\nlanguage: fr\n", nil),
        ("notes: x\u{2028}language: fr\n", "fr"),
        ("notes: x\u{85}language: es # Spanish\n", "es"),
        ("mylanguage: fr\nkind: sector\n", nil),
        ("kind: plan\n", nil),
        ("  language:   \"EN_gb\"\n", "en"),
        ("notes: \u{301}language: fr\nlanguage: es\n", "es"),
    ]

    @Test(arguments: cases.indices)
    func languageLineIsFound(_ index: Int) {
        let (frontMatter, language) = Self.cases[index]
        let chapter = ChapterSource.read(SourceFile(path: "c.md", text: "---\n" + frontMatter + "---\n\nText.\n")).chapter
        #expect(ChapterLanguage.declared(in: chapter) == language)
    }
}
