import Foundation
import PlanCompiler
import PlanModel
import PlanRender
import Testing
import TestSupport

/// The sample plan's documents in each language: numbers, names and labels from the locale data
/// of the document's language, and chapters in another language marked as such.
@Suite struct LocalisationTests {
    static let files: [String: String] = {
        let compilation = PlanCompiler.compile(directory: PackagePaths.path("Samples/lake-basin-rrp"))
        let files = try! PlanRenderer(templates: RenderFixture.templates, options: RenderOptions(formats: [.html, .md])).render(compilation.plan!)
        return Dictionary(uniqueKeysWithValues: files.map { ($0.name, String(decoding: $0.bytes, as: UTF8.self)) })
    }()

    /// The text of the generated parts: the document without its chapters' prose (authors write
    /// what they like there) and without markup.
    static func generatedText(_ html: String) -> String {
        var text = html.replacingOccurrences(of: #"<div class="narrative"[^>]*>[\s\S]*?</div>"#, with: " ", options: .regularExpression)
        text = text.replacingOccurrences(of: #"<style>[\s\S]*?</style>"#, with: " ", options: .regularExpression)
        text = text.replacingOccurrences(of: #"<[^>]+>"#, with: " ", options: .regularExpression)
        return text
    }

    /// Numbers as English writes them: `720,000`, `58.4`, `78%`, `USD 12`.
    static func englishNumbers(in text: String) -> [String] {
        let pattern = #"\d{1,3}(,\d{3})+|\d\.\d|\d%|USD[\s\u00A0]\d"#
        let regex = try! NSRegularExpression(pattern: pattern)
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { String(text[Range($0.range, in: text)!]) }
    }

    @Test func theFrenchDocumentHasNoEnglishFormattedNumber() throws {
        for name in ["country-TCD.html", "country-TCD.md"] {
            let document = try #require(Self.files[name])
            // In Markdown the generated parts are the tables, the key figures and the summaries.
            let text = name.hasSuffix(".html")
                ? Self.generatedText(document)
                : document.split(separator: "\n").filter { $0.hasPrefix("|") || $0.hasPrefix("- **") || $0.hasPrefix("**") }.joined(separator: "\n")
            #expect(Self.englishNumbers(in: text) == [], "\(name)")
            // And it has French ones: a narrow no-break space between thousands, a space before %.
            #expect(text.contains("\u{202F}000"), "\(name)")
            #expect(text.contains("\u{A0}%"), "\(name)")
            #expect(text.contains("millions\u{A0}USD"), "\(name)")
        }
        // The check itself finds English numbers where there are some.
        #expect(Self.englishNumbers(in: Self.generatedText(Self.files["country-CMR.html"]!)).count > 10)
    }

    @Test func theEnglishRegionalDocumentNamesChadInEnglish() throws {
        let regional = try #require(Self.files["regional.html"])
        let text = Self.generatedText(regional)
        // "Tchad" only inside a partner's proper name (Croix-Rouge du Tchad), never as the country.
        #expect(text.range(of: "(?<!du )Tchad", options: .regularExpression) == nil)
        #expect(text.contains("Chad"))
        #expect(regional.contains(#"<section id="place-TCD" class="part place">"# + "\n<h2>Chad</h2>"))
        // The French chapter's prose is marked French inside the English page.
        #expect(regional.contains(#"<html lang="en""#))
        #expect(regional.contains(#"<div class="narrative" lang="fr">"#))
    }

    @Test func theFrenchDocumentNamesCountriesMonthsAndUnitsInFrench() throws {
        let chad = try #require(Self.files["country-TCD.html"])
        #expect(chad.contains("<html lang=\"fr\""))
        #expect(chad.contains("janvier 2026 – décembre 2027"))
        #expect(chad.contains("<dd>lancement</dd>"))
        let text = Self.generatedText(chad)
        for english in [">percent<", ">people<", "Version launch"] { #expect(!chad.contains(english), "\(english)") }
        #expect(text.contains("pourcentage"))
    }

    @Test func namesGivenPerLanguageFollowTheDocument() throws {
        let chad = Self.generatedText(try #require(Self.files["country-TCD.html"]))
        let regional = Self.generatedText(try #require(Self.files["regional.html"]))
        for french in ["Sécurité alimentaire", "Protection\u{A0}: Violences basées sur le genre (VBG)", "Plan régional illustratif"] {
            #expect(chad.contains(french), "\(french)")
            #expect(!regional.contains(french), "\(french)")
        }
        for english in ["Food Security", "Protection: Gender-based violence (GBV)", "Illustrative Lake Basin Regional"] {
            #expect(regional.contains(english), "\(english)")
            #expect(!chad.contains(english), "\(english)")
        }
    }

    @Test func theLanguageOptionSetsEveryDocumentsLanguage() throws {
        let compilation = PlanCompiler.compile(directory: PackagePaths.path("Samples/lake-basin-rrp"))
        let options = RenderOptions(formats: [.html], language: "fr")
        let files = try PlanRenderer(templates: RenderFixture.templates, options: options).render(try #require(compilation.plan))
        let documents = Dictionary(uniqueKeysWithValues: files.map { ($0.name, String(decoding: $0.bytes, as: UTF8.self)) })
        for name in ["regional.html", "country-CMR.html", "country-TCD.html"] {
            let html = try #require(documents[name])
            #expect(html.contains("<html lang=\"fr\""), "\(name)")
            #expect(Self.englishNumbers(in: Self.generatedText(html)) == [], "\(name)")
        }
        #expect(documents["regional.html"]!.contains("<h2>Tchad</h2>") && documents["regional.html"]!.contains("Sécurité alimentaire"))
        // The English chapters keep their language, marked as such in the French page.
        #expect(documents["country-CMR.html"]!.contains(#"<div class="narrative" lang="en">"#))
        #expect(RenderOptions.isLanguageCode("es-419") && !RenderOptions.isLanguageCode("French") && !RenderOptions.isLanguageCode("FR"))
    }
}
