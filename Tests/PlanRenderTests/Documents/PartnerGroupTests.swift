import Foundation
import PlanRender
import Testing

/// The partner list grouped by partner type, as published plans list partners: UN agencies
/// first, each group with its partner count and requirements.
@Suite struct PartnerGroupTests {
    @Test func partnersAreListedByTypeWithEachGroupsCountAndAmount() throws {
        let files = try RenderFixture.render(RenderOptions(formats: [.html, .md]))
        let regional = try #require(files["regional.md"])
        let part = try #require(regional.range(of: "## Partners"))
        let lines = regional[part.upperBound...].split(separator: "\n").prefix { !$0.hasPrefix("#") }.map(String.init)
        let groups = lines.filter { $0.hasPrefix("| **") }
        #expect(groups == [
            "| **UN agency (1)** | | | | **26,500,000** |",
            "| **International NGO (1)** | | | | **3,700,000** |",
            "| **National or local NGO (1)** | | | | **700,000** |",
            "| **Refugee-led organization (1)** | | | | **250,000** |",
        ])
        // Each partner sits under its own type's row.
        let un = try #require(lines.firstIndex(of: groups[0])), ingo = try #require(lines.firstIndex(of: groups[1]))
        #expect(lines[un + 1].hasPrefix("| UNHCR |"))
        #expect(lines[ingo + 1].hasPrefix("| NRC |"))
        let html = try #require(files["regional.html"])
        #expect(html.contains("<tr class=\"group\"><th scope=\"rowgroup\" colspan=\"4\">UN agency (1)</th><td class=\"num\">26,500,000</td></tr>"))
    }
}
