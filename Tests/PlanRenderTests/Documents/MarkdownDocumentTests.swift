import PlanRender
import Testing

@Suite struct MarkdownDocumentTests {
    static let files = try! RenderFixture.render([.md])
    static var regional: String { files["regional.md"]! }

    @Test func documentHasEveryPartAsCommonMark() {
        let md = Self.regional
        #expect(md.hasPrefix("# Illustrative Two-Country Regional Refugee Response Plan\n"))
        for heading in ["## At a glance", "## Contents", "## Regional overview", "## Planning figures", "## Financial requirements",
                        "## Partners", "## Chad", "### Protection: GBV", "## Cameroon", "## Annexes", "### Monitoring framework"] {
            #expect(md.contains("\n" + heading + "\n"), "missing \(heading)")
        }
        #expect(md.contains("| Chad | 24,650,000 | – | **24,650,000** |"))
        #expect(!md.contains("\n\n\n"))
    }

    @Test func valuesAreEscapedForMarkdown() {
        let md = Self.regional
        #expect(md.contains(#"| ACME | Acme &lt;script&gt;alert("x")&lt;/script&gt; Relief, "Local" \& Co |"#))
        #expect(md.contains(#"- Partners keep access to the camps \| even in the rainy season."#))
    }

    @Test func narrativesKeepTheAuthorsMarkdownUnderShiftedHeadings() {
        let md = Self.regional
        #expect(md.contains("### Strategic objectives\n\n1. Keep access to asylum open.\n2. Strengthen **local** actors."))
        #expect(md.contains("#### Needs and vulnerabilities"))
    }

    @Test func rawHTMLIsOmittedUnlessAllowed() throws {
        #expect(Self.regional.contains("Sector groups meet monthly <!-- raw HTML omitted -->inline raw<!-- raw HTML omitted -->."))
        #expect(!Self.regional.contains("raw-block"))
        let allowed = try RenderFixture.render(RenderOptions(formats: [.md], allowRawHTML: true))["regional.md"]!
        #expect(allowed.contains("<div class=\"raw-block\">raw block that must stay out</div>"))
    }
}
