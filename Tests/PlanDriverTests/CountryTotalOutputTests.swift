import Foundation
import PlanDriver
import Testing
import TestSupport

/// A plan whose countries state totals only (the Tigray plan as published, in
/// Tests/PlanCompilerTests/Fixtures): what documents and data files show.
@Suite struct CountryTotalOutputTests {
    /// The fixture's published figures, with a narrative of one short section per required part
    /// (the fixture has figures only), so that the plan compiles to documents.
    static func run() -> InMemoryPipeline.Run {
        let root = PackagePaths.path("Tests/PlanCompilerTests/Fixtures/tigray-rrp-2020")
        let regional = ["Planning figures", "Strategic objectives", "Country chapters", "Regional working groups", "Financial requirements", "Coordination"]
        let country = ["Situation analysis", "Planning figures", "Needs and vulnerabilities", "Response strategy", "Sector responses", "Monitoring framework", "Financial requirements", "Coordination"]
        func body(_ headings: [String]) -> String {
            "\n# Illustrative narrative\n\n" + headings.map { "## \($0)\n\nIllustrative text.\n\n" }.joined()
        }
        let files = [("plan.md", body(regional)), ("SDN/country.md", body(country)), ("DJI/country.md", body(country))]
        return InMemoryPipeline.run(files.map { path, narrative in
            (path, [UInt8](FileManager.default.contents(atPath: root + "/" + path) ?? Data()) + Array(narrative.utf8))
        })
    }

    /// An output's text, no-break spaces read as spaces.
    static func text(_ run: InMemoryPipeline.Run, _ name: String) -> String {
        let text = run.outputs.first { $0.name == name }.map { String(decoding: $0.bytes, as: UTF8.self) } ?? ""
        return text.replacingOccurrences(of: "\u{A0}", with: " ").replacingOccurrences(of: "\u{202F}", with: " ")
    }

    @Test func requirementsCSVHasOneRowPerCountryTotalThatAddsUp() throws {
        let run = Self.run()
        #expect(InMemoryPipeline.violations(of: run).isEmpty)
        #expect(!run.diagnostics.contains { $0.severity == .error }, "\(run.diagnostics.map(\.summary))")
        let rows = Self.text(run, "requirements.csv").split(whereSeparator: \.isNewline).dropFirst(2).map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        #expect(rows.count == 2)
        #expect(rows.map { String($0[1]) } == ["SDN", "DJI"])
        #expect(rows.allSatisfy { $0[5].isEmpty && $0[6] == "Not yet broken down by sector" && $0[7].isEmpty })
        #expect(rows.compactMap { Int64($0.last!) }.reduce(0, +) == 155_667_565)
    }

    @Test func documentsShowTheTotalAsNotYetBrokenDownBySector() {
        let run = Self.run()
        let regional = Self.text(run, "regional.html")
        #expect(regional.contains("Not yet broken down by sector: USD 155,667,565"))
        // The headline's 30 partners are published, though no partner line exists yet.
        #expect(regional.contains("<span class=\"figure-value\">30</span> <span class=\"figure-label\">Appealing partners</span>"))
        // A country document lists the total in its table by sector, where it adds up.
        let sudan = Self.text(run, "country-SDN.html")
        #expect(sudan.contains("<tr><th scope=\"row\">Not yet broken down by sector</th><td class=\"num\">153,605,592</td><td class=\"num\">100%</td></tr>"))
    }
}
