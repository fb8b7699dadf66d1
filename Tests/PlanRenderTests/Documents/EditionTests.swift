import Foundation
import PlanCompiler
import PlanRender
import PlanSyntax
import TestSupport
import Testing

/// Editions in several languages (`--language en,fr`) and translated chapters
/// (`chapter: translation`): each edition shows a chapter's translation into its language where
/// there is one, says where there is none, and shows the same figures.
@Suite struct EditionTests {
    static let translation = """
        ---
        chapter: translation
        of: country.md
        language: en
        title: Chad
        ---
        ## Situation analysis

        Illustrative text for the Chad chapter.

        ## Needs and vulnerabilities

        Illustrative text.

        """

    static func render(editions: [String], language: String? = nil) throws -> [String: String] {
        let plan = try RenderFixture.copy()
        defer { plan.remove() }
        try plan.write("TCD/country.en.md", translation)
        let compilation = PlanCompiler.compile(directory: plan.path, parser: FrontMatterParser.parse)
        #expect(!compilation.hasErrors, "\(compilation.diagnostics.map(\.summary))")
        var options = RenderOptions(formats: [.html, .md, .csv], language: language)
        options.editions = editions
        let files = try PlanRenderer(templates: RenderFixture.templates, options: options).render(try #require(compilation.plan))
        return Dictionary(uniqueKeysWithValues: files.map { ($0.name, String(decoding: $0.bytes, as: UTF8.self)) })
    }

    @Test func eachEditionIsNamedByItsLanguageAndDataFilesAreWrittenOnce() throws {
        let files = try Self.render(editions: ["en", "fr"])
        #expect(Set(files.keys) == [
            "regional.en.html", "regional.en.md", "regional.fr.html", "regional.fr.md",
            "country-TCD.en.html", "country-TCD.en.md", "country-TCD.fr.html", "country-TCD.fr.md",
            "country-CMR.en.html", "country-CMR.en.md", "country-CMR.fr.html", "country-CMR.fr.md",
            "requirements.csv", "planning-figures.csv", "planning-figures-chapters.csv", "indicators.csv",
        ])
    }

    @Test func theEnglishEditionShowsTheTranslationTheFrenchOneTheOriginal() throws {
        let files = try Self.render(editions: ["en", "fr"])
        let en = try #require(files["regional.en.html"]), fr = try #require(files["regional.fr.html"])
        #expect(en.contains("<h2>Chad</h2>"))
        #expect(en.contains("Illustrative text for the Chad chapter."))
        #expect(!en.contains("Texte illustratif pour le chapitre du Tchad."))
        #expect(fr.contains("<h2>Tchad</h2>"))
        #expect(fr.contains("<div class=\"narrative\" lang=\"fr\">\n<h3>Analyse de la situation</h3>"))
        #expect(!fr.contains("Illustrative text for the Chad chapter."))
        // The translation's own country document, in English.
        #expect(try #require(files["country-TCD.en.md"]).contains("Illustrative text for the Chad chapter."))
    }

    @Test func aChapterWithoutATranslationSaysWhichLanguageItIsIn() throws {
        let files = try Self.render(editions: ["en", "fr"])
        let fr = try #require(files["regional.fr.html"])
        // Cameroon's education chapter is English; the French edition says so under its heading.
        #expect(fr.contains("<p class=\"note language-note\">Ce chapitre est rédigé en anglais ; il n’a pas de traduction dans la langue de ce document.</p>"))
        let en = try #require(files["regional.en.html"])
        // The TCD sector chapters are French and untranslated: the English edition says so.
        #expect(en.contains("<p class=\"note language-note\">This chapter is written in French; it has no translation into the language of this document.</p>"))
    }

    @Test func everyEditionShowsTheSameFigures() throws {
        let files = try Self.render(editions: ["en", "fr"])
        let en = try #require(files["regional.en.md"]), fr = try #require(files["regional.fr.md"])
        #expect(en.contains("| **Total** | **24,650,000** | **6,500,000** | **31,150,000** |"))
        #expect(fr.contains("| **Total** | **24\u{202F}650\u{202F}000** | **6\u{202F}500\u{202F}000** | **31\u{202F}150\u{202F}000** |"))
    }

    @Test func oneLanguageUsesTheTranslationWithoutRenamingFiles() throws {
        let files = try Self.render(editions: [], language: "en")
        #expect(files["regional.html"]?.contains("Illustrative text for the Chad chapter.") == true)
        #expect(files["regional.en.html"] == nil)
    }
}
