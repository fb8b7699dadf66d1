import Foundation
import PlanRender
import Testing

@Suite struct HTMLDocumentTests {
    static let files = try! RenderFixture.render([.html])
    static var regional: String { files["regional.html"]! }

    @Test func oneDocumentPerCountryAndARegionalOne() {
        #expect(Set(Self.files.keys) == ["regional.html", "country-TCD.html", "country-CMR.html"])
    }

    @Test func regionalDocumentHasEveryPart() {
        let html = Self.regional
        for anchor in ["overview", "planning-figures", "financial-requirements", "partners", "place-TCD", "place-CMR",
                       "sector-TCD-protection", "sector-TCD-protection-gbv", "sector-CMR-education", "annexes", "annex-monitoring", "annex-finance"] {
            #expect(html.contains("id=\"\(anchor)\""), "missing part \(anchor)")
            #expect(html.contains("href=\"#\(anchor)\""), "contents do not link \(anchor)")
        }
        #expect(html.contains("<p class=\"banner\" role=\"note\">Illustrative data"))
        #expect(html.contains("January – December 2026"))
    }

    @Test func idsAreUniqueAndEveryLinkResolves() {
        for (name, html) in Self.files {
            let ids = Self.values(of: " id=\"", in: html), links = Self.values(of: "href=\"#", in: html)
            #expect(ids.count == Set(ids).count, "\(name) repeats an id")
            #expect(Set(links).isSubset(of: Set(ids)), "\(name) links to a missing anchor")
        }
    }

    static func values(of prefix: String, in html: String) -> [String] {
        html.components(separatedBy: prefix).dropFirst().map { String($0.prefix { $0 != "\"" }) }
    }

    @Test func selfContainedWithoutScriptsOrExternalResources() {
        let html = Self.regional
        #expect(!html.contains("<script"))
        #expect(!html.contains("<link") && !html.contains("src=\"http") && !html.contains("@import"))
        #expect(html.contains("<style>") && html.contains("size: A4;"))
        #expect(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""))
    }

    @Test func atAGlanceCountsPartnersAsAUnion() throws {
        // UNHCR, NRC and ACME appeal in both countries, RLO1 in one: 4, not 7.
        let glance = try #require(Self.regional.components(separatedBy: "<ul class=\"figures\">").dropFirst().first)
        #expect(glance.contains("<span class=\"figure-value\">4</span> <span class=\"figure-label\">Appealing partners</span>"))
        #expect(glance.contains("<span class=\"figure-value\">USD\u{A0}31.2 million</span>"))
        #expect(glance.contains("<span class=\"figure-value\">2</span> <span class=\"figure-label\">Countries</span>"))
    }

    @Test func countryBySectorTableHasTotals() {
        let html = Self.regional
        #expect(html.contains("<tr><th scope=\"row\">Chad</th><td class=\"num\">24,650,000</td><td class=\"num\">–</td><td class=\"num total\">24,650,000</td></tr>"))
        #expect(html.contains("<td class=\"num total\">31,150,000</td>"))
    }

    @Test func frontMatterValuesAreEscaped() {
        let html = Self.regional
        #expect(html.contains("Acme &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Relief, &quot;Local&quot; &amp; Co"))
        #expect(!html.contains("<script>alert"))
        #expect(html.contains("Education &amp; Learning"))
        #expect(html.contains(">Education &amp; Learning</text>"), "chart labels are escaped too")
        #expect(!html.contains("Education & Learning"))
    }

    @Test func rawHTMLInChaptersIsOmittedUnlessAllowed() throws {
        #expect(!Self.regional.contains("raw-block"))
        #expect(!Self.regional.contains("<span>inline raw"))
        let allowed = try RenderFixture.render(RenderOptions(formats: [.html], allowRawHTML: true))["regional.html"]!
        #expect(allowed.contains("<div class=\"raw-block\">raw block that must stay out</div>"))
    }

    @Test func chapterHeadingsSitUnderTheDocumentHeadings() {
        let html = Self.regional
        // The overview's own "# Regional overview" is not repeated; its "##" become <h3>.
        #expect(html.components(separatedBy: "Regional overview</h").count == 2)
        #expect(html.contains("<h3>Strategic objectives</h3>"))
        // A sector chapter's "##" sit under the sector's <h3>.
        #expect(html.contains("<h4>Needs and vulnerabilities</h4>"))
    }

    @Test func nonAppealingPartnersAreShownButNotCounted() {
        #expect(Self.regional.contains("<tr class=\"not-counted\"><th scope=\"row\">PARTNERX</th>"))
        #expect(Self.regional.contains("<td class=\"num total\">22,900,000</td>"))
    }

    @Test func countryDocumentsFollowTheirChapterLanguage() {
        let chad = Self.files["country-TCD.html"]!
        #expect(chad.contains("<html lang=\"fr\" dir=\"ltr\">"))
        #expect(chad.contains("En bref") && chad.contains("janvier – décembre 2026"))
        #expect(!chad.contains("id=\"place-CMR\""))
        #expect(Self.files["country-CMR.html"]!.contains("<html lang=\"en\" dir=\"ltr\">"))
    }

    @Test func countryDocumentsListRequirementsBySectorNotAMatrix() {
        let cameroon = Self.files["country-CMR.html"]!
        #expect(!cameroon.contains("class=\"money matrix\""))
        #expect(cameroon.contains("<tr><th scope=\"row\">Education &amp; Learning</th><td class=\"num\">6,500,000</td><td class=\"num\">100%</td></tr>"))
        #expect(Self.regional.contains("class=\"money matrix\""))
    }

    @Test func countryOptionEmitsOnlyThatDocument() throws {
        let files = try RenderFixture.render(RenderOptions(formats: [.html, .md], country: "cmr"))
        #expect(Set(files.keys) == ["country-CMR.html", "country-CMR.md"])
        #expect(throws: RenderError.unknownCountry("NER")) { try RenderFixture.render(RenderOptions(formats: [.html], country: "NER")) }
    }
}
