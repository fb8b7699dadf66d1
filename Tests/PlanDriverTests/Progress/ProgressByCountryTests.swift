import Foundation
import PlanDriver
import PlanModel
@testable import PlanRender
import Testing
import TestSupport

/// A regional indicator reported per country: each country's latest result is kept; the countries'
/// total is given when the indicator's unit counts people or things, and not for percentages or
/// other units, which the documents say. Checked in the documents, `plan.json` and
/// `indicators.csv` of the sample plan with three more regional indicators.
@Suite struct ProgressByCountryTests {
    /// The sample plan, whose regional protection chapter measures REG-PRT-01 in percent, with
    /// REG-PRT-02 (people) and REG-PRT-03 (days) added; and the results `rows`.
    static func compile(_ rows: String, into folder: TemporaryDirectory, formats: Set<OutputFormat> = [.html, .md, .json, .csv]) throws -> CompileOutcome {
        let plan = folder.path + "/plan"
        try FileManager.default.copyItem(atPath: PackagePaths.path("Samples/lake-basin-rrp"), toPath: plan)
        let chapter = plan + "/regional/protection.md"
        let text = try String(contentsOfFile: chapter, encoding: .utf8)
        let added = "    target: 80%\n"
            + "  - id: REG-PRT-02\n    name: Refugees reached by cross-border protection monitoring\n    outcome-area: OA1\n    unit: people\n    baseline: 0\n    target: 10,000\n"
            + "  - id: REG-PRT-03\n    name: Average days to reunite a separated child\n    outcome-area: OA1\n    unit: days\n    baseline: 60\n    target: 30\n"
        #expect(text.contains("    target: 80%\n"))
        try Data(text.replacingOccurrences(of: "    target: 80%\n", with: added).utf8).write(to: URL(fileURLWithPath: chapter))
        let results = try folder.write("results.csv", "Indicator,Country,Reached,Date\n#indicator+code,#country+code,#reached,#date\n" + rows)
        var request = CompileRequest(planDirectory: plan, outDirectory: folder.path + "/out", render: RenderOptions(formats: formats))
        request.progress = [results]
        return try PlanCompileRunner.run(request)
    }

    static let rows = """
        REG-PRT-02,TCD,1200,2026-03-31
        REG-PRT-02,TCD,2500,2026-06-30
        REG-PRT-02,Cameroon,1800,2026-05-31
        REG-PRT-02,NER,700,2026-06-30
        REG-PRT-02,NGA,500,2026-06-30
        REG-PRT-02,TCD,2600,2026-06-30
        REG-PRT-01,TCD,55%,2026-06-30
        REG-PRT-01,CMR,62%,2026-05-31
        REG-PRT-03,TCD,45,2026-06-30
        REG-PRT-03,NER,50,2026-06-30

        """

    static func read(_ folder: TemporaryDirectory, _ name: String) throws -> String {
        try String(contentsOfFile: folder.path + "/out/" + name, encoding: .utf8)
    }

    static func indicator(_ folder: TemporaryDirectory, _ id: String) throws -> [String: Any] {
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: folder.path + "/out/plan.json"))) as? [String: Any]
        let indicators = try #require((json?["progress"] as? [String: Any])?["indicators"] as? [[String: Any]])
        return try #require(indicators.first { $0["indicator"] as? String == id })
    }

    @Test func countsOfPeopleAddUpToATotalAcrossCountries() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let outcome = try Self.compile(Self.rows, into: folder)
        #expect(!outcome.report.hasErrors)
        // Chad's latest is June's 2,500 (its second June row is a duplicate, Nigeria is not in the plan).
        let ids = outcome.report.diagnostics.map(\.id.description)
        #expect(ids.filter { $0 == "progress.duplicate" }.count == 1 && ids.filter { $0 == "progress.unknown-country" }.count == 1)
        let people = try Self.indicator(folder, "REG-PRT-02")
        let countries = try #require(people["countries"] as? [[String: Any]])
        #expect(countries.map { $0["country"] as? String } == ["CMR", "NER", "TCD"])
        #expect(countries.map { ($0["latest"] as? NSNumber)?.doubleValue } == [1800, 700, 2500])
        #expect((people["countriesTotal"] as? NSNumber)?.doubleValue == 5000)
        #expect((people["latest"] as? NSNumber)?.doubleValue == 5000 && people["latestIsCountriesTotal"] as? Bool == true)
        #expect(people["date"] as? String == "2026-06-30" && (people["progress"] as? NSNumber)?.doubleValue == 50 && people["results"] as? Int == 4)
        // indicators.csv: the total is the latest value; 5,000 of 10,000 is half the way.
        let csv = try Self.read(folder, "indicators.csv")
        #expect(csv.contains(",REG-PRT-02,Refugees reached by cross-border protection monitoring,OA1,people,0,10000,5000,2026-06-30,50\r\n"), "\(csv)")
        // The documents: the countries in the order of their names, then the total.
        let html = try Self.read(folder, "regional.html")
        #expect(html.contains("<td colspan=\"8\">By country: Cameroon 1,800 (2026-05-31) · Chad 2,500 (2026-06-30) · Niger 700 (2026-06-30). Total of the countries: 5,000.</td>"), "\(html)")
        #expect(html.contains("<td class=\"num\">5,000<br><span class=\"as-of\">2026-06-30</span></td><td class=\"num\">50%</td>"))
        let markdown = try Self.read(folder, "regional.md")
        #expect(markdown.contains("| REG-PRT-02 | Refugees reached by cross-border protection monitoring (By country: Cameroon 1,800 (2026-05-31) · Chad 2,500 (2026-06-30) · Niger 700 (2026-06-30). Total of the countries: 5,000.) |"))
    }

    @Test func percentagesAndOtherUnitsAreShownPerCountryOnlyWithTheReason() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let outcome = try Self.compile(Self.rows, into: folder)
        #expect(!outcome.report.hasErrors)
        for (id, values) in [("REG-PRT-01", [62.0, 55]), ("REG-PRT-03", [50, 45])] {
            let indicator = try Self.indicator(folder, id)
            let countries = try #require(indicator["countries"] as? [[String: Any]])
            #expect(countries.map { ($0["latest"] as? NSNumber)?.doubleValue } == values, "\(id)")
            // No total, no regional latest value, no progress: a sum of shares or of averages means nothing.
            #expect(indicator["countriesTotal"] == nil && indicator["latest"] == nil && indicator["date"] == nil && indicator["progress"] == nil, "\(id)")
        }
        let csv = try Self.read(folder, "indicators.csv")
        #expect(csv.contains(",REG-PRT-01,Cross-border protection incidents followed up within one month,OA1,percent,40,80,,,\r\n"), "\(csv)")
        #expect(csv.contains(",REG-PRT-03,Average days to reunite a separated child,OA1,days,60,30,,,\r\n"))
        let html = try Self.read(folder, "regional.html")
        #expect(html.contains("By country: Cameroon 62% (2026-05-31) · Chad 55% (2026-06-30). Percentages are not added up across countries: each is a share of its own country&#39;s population.</td>"), "\(html)")
        #expect(html.contains("By country: Chad 45 (2026-06-30) · Niger 50 (2026-06-30). Not added up across countries: the unit does not count people or things.</td>"))
        #expect(!html.contains("Total of the countries: 95"))
    }

    @Test func theWordDocumentShowsTheCountriesToo() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        _ = try Self.compile(Self.rows, into: folder, formats: [.docx])
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: folder.path + "/out/regional.docx")))
        let document = try #require(try DocxArchive.entries(of: bytes).first { $0.name == "word/document.xml" })
        let xml = String(decoding: document.bytes, as: UTF8.self)
        #expect(xml.contains("Refugees reached by cross-border protection monitoring (By country: Cameroon 1,800 (2026-05-31) · Chad 2,500 (2026-06-30) · Niger 700 (2026-06-30). Total of the countries: 5,000.)"))
        #expect(xml.contains("Percentages are not added up across countries"))
    }

    @Test func aResultForTheWholeRegionStaysItsLatestValueBesideTheCountries() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        _ = try Self.compile("REG-PRT-02,,4200,2026-04-30\nREG-PRT-02,TCD,2500,2026-06-30\nREG-PRT-02,regional,4300,2026-05-31\n", into: folder)
        let people = try Self.indicator(folder, "REG-PRT-02")
        #expect((people["latest"] as? NSNumber)?.doubleValue == 4300 && people["date"] as? String == "2026-05-31")
        #expect(people["latestIsCountriesTotal"] == nil && (people["countriesTotal"] as? NSNumber)?.doubleValue == 2500)
    }

    @Test func aCountryIndicatorStillTakesItsOwnCountryOnly() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let outcome = try Self.compile("TCD-EDU-01,CMR,52%,2026-06-30\n", into: folder)
        let finding = try #require(outcome.report.diagnostics.first { $0.id.description == "progress.unknown-country" })
        #expect(finding.summary.contains("TCD-EDU-01 is an indicator of TCD, not CMR"))
    }
}
