import PlanLint
import PlanSyntax
import Testing

/// `FrontMatterKey.value(of:in:)` finds a key at the start of a front-matter line by its bytes:
/// how `rrp lint` knows a foreword (`chapter: foreword`) or a translation's original (`of:`)
/// without a typed header.
struct FrontMatterKeyTests {
    static let cases: [(frontMatter: String, key: String, value: String?)] = [
        ("chapter: foreword\nsigned-by: x\n", "chapter", "foreword"),
        ("title: t\r\n  chapter: \"foreword\" # the signed message\r\n", "chapter", "foreword"),
        ("subchapter: foreword\n", "chapter", nil),
        ("title: \"chapter: foreword\"\n", "chapter", nil),
        ("chapter: translation\nof: 'TCD/country.md'\n", "of", "TCD/country.md"),
        ("chapter:\nkind: plan\n", "chapter", ""),
        ("kind: plan\n", "chapter", nil),
    ]

    @Test(arguments: cases.indices)
    func keyLineIsFound(_ index: Int) {
        let (frontMatter, key, value) = Self.cases[index]
        let chapter = ChapterSource.read(SourceFile(path: "c.md", text: "---\n" + frontMatter + "---\n\nText.\n")).chapter
        #expect(FrontMatterKey.value(of: key, in: chapter).map(String.init) == value)
    }

    @Test func aFileWithoutFrontMatterHasNoKey() {
        let chapter = ChapterSource.read(SourceFile(path: "c.md", text: "chapter: foreword\n\nText.\n")).chapter
        #expect(FrontMatterKey.value(of: "chapter", in: chapter) == nil)
    }
}
