import Foundation
import PlanDriver
import PlanModel
import PlanRender
import Testing
import TestSupport

/// `rrp compile --progress`: the monitoring framework of the documents, `indicators.csv` and
/// `plan.json` show the latest value and the progress of each indicator with results, and
/// nothing changes without them.
@Suite struct ProgressCompileTests {
    static let fixtures = ["hxl-progress.csv", "activityinfo-progress.csv"].map { PackagePaths.path("Samples/lake-basin-progress/" + $0) }

    static func compile(into out: TemporaryDirectory, progress: [String] = fixtures, formats: Set<OutputFormat> = [.html, .md, .json, .csv]) throws -> CompileOutcome {
        var request = CompileRequest(planDirectory: PackagePaths.path("Samples/lake-basin-rrp"), outDirectory: out.path, render: RenderOptions(formats: formats))
        request.progress = progress
        return try PlanCompileRunner.run(request)
    }

    @Test func theDocumentsShowTheLatestValueAndTheProgressOfEachIndicator() throws {
        let out = try TemporaryDirectory()
        defer { out.remove() }
        let outcome = try Self.compile(into: out)
        #expect(!outcome.report.hasErrors)
        // TCD-EDU-01: baseline 46%, target 65%, latest 55% on 2026-06-30: (55 − 46) ÷ (65 − 46) = 47%.
        let markdown = try String(contentsOfFile: out.path + "/regional.md", encoding: .utf8)
        #expect(markdown.contains("| Baseline | Target | Latest value | Progress |"))
        #expect(markdown.contains("| TCD-EDU-01 | Enfants réfugiés inscrits au primaire | OA11 | percent | 46% | 65% | 55% (2026-06-30) | 47% |"), "\(markdown)")
        // An indicator without results shows a dash.
        #expect(markdown.contains("| TCD-PRT-01 | Réfugiés enregistrés individuellement | OA1 | percent | 78% | 95% | – | – |"))
        #expect(markdown.contains("Results as of 2026-07."))
        // The sector chapter's table too, and in the French country document.
        #expect(markdown.contains("| Code | Indicator | Outcome area | Unit | Baseline | Target | Latest value | Progress |"))
        let chad = try String(contentsOfFile: out.path + "/country-TCD.md", encoding: .utf8)
        #expect(chad.contains("| 46\u{A0}% | 65\u{A0}% | 55\u{A0}% (2026-06-30) | 47\u{A0}% |"), "\(chad)")
        #expect(chad.contains("Dernière valeur") && chad.contains("Progression"))
        let html = try String(contentsOfFile: out.path + "/regional.html", encoding: .utf8)
        #expect(html.contains("<td class=\"num\">8,200<br><span class=\"as-of\">2026-06-30</span></td><td class=\"num\">31%</td>"), "\(html)")
        #expect(html.contains("<th scope=\"col\" class=\"num\">Latest value</th>"))
    }

    @Test func indicatorsCSVAndPlanJSONCarryTheProgress() throws {
        let out = try TemporaryDirectory()
        defer { out.remove() }
        _ = try Self.compile(into: out)
        let csv = try String(contentsOfFile: out.path + "/indicators.csv", encoding: .utf8).components(separatedBy: "\r\n")
        #expect(csv[1].hasSuffix("#indicator+value+latest,#date+latest,#indicator+progress+pct"))
        #expect(csv.contains { $0.contains(",TCD-EDU-01,") && $0.hasSuffix(",46,65,55,2026-06-30,47") })
        #expect(csv.contains { $0.contains(",NER-HNT-01,") && $0.hasSuffix(",6500,12000,9100.5,2026-07,47") })
        #expect(csv.contains { $0.contains(",TCD-PRT-01,") && $0.hasSuffix(",78,95,,,") })
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out.path + "/plan.json"))) as? [String: Any]
        let progress = try #require(json?["progress"] as? [String: Any])
        #expect((progress["version"] as? Int) == 2)
        #expect((progress["results"] as? Int) == 9 && (progress["excludedResults"] as? Int) == 9)
        let indicators = try #require(progress["indicators"] as? [[String: Any]])
        let education = try #require(indicators.first { $0["indicator"] as? String == "TCD-EDU-01" })
        #expect((education["latest"] as? NSNumber)?.doubleValue == 55 && (education["progress"] as? NSNumber)?.doubleValue == 47.37)
        #expect(education["percent"] as? Bool == true && education["place"] as? String == "TCD" && education["date"] as? String == "2026-06-30")
    }

    @Test func withoutResultsTheIndicatorTablesAreUnchanged() throws {
        let out = try TemporaryDirectory()
        defer { out.remove() }
        _ = try Self.compile(into: out, progress: [])
        let markdown = try String(contentsOfFile: out.path + "/regional.md", encoding: .utf8)
        #expect(!markdown.contains("Latest value") && !markdown.contains("Results as of"))
        let csv = try String(contentsOfFile: out.path + "/indicators.csv", encoding: .utf8)
        #expect(!csv.contains("#indicator+value+latest"))
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out.path + "/plan.json"))) as? [String: Any]
        #expect(json?["progress"] == nil)
    }

    @Test func theCommandLineReportsEachResultAtItsCellAndFailsOnAnUnreadableValue() throws {
        let out = try TemporaryDirectory()
        defer { out.remove() }
        let ok = try RRPProcess.run(["compile", "Samples/lake-basin-rrp", "--out", out.path, "--progress"] + Self.fixtures + ["--diagnostics-format", "line"])
        #expect(ok.status == 0, "\(ok.stderr)")
        #expect(ok.stdout.contains("hxl-progress.csv:9:1: warning: 'TCD-EDU-99' is not an indicator of the plan"), "\(ok.stdout)")
        #expect(ok.stdout.contains("hxl-progress.csv:11:16: warning: TCD-GBV-01 is a percentage but the result is 3400"), "\(ok.stdout)")
        let bad = try RRPProcess.run(["compile", "Samples/lake-basin-rrp", "--out", out.path + "/2", "--progress", "Samples/lake-basin-progress/invalid-progress.csv",
                                      "--diagnostics-format", "line"])
        #expect(bad.status == 1)
        #expect(bad.stdout.contains("invalid-progress.csv:3:16: error: Result for TCD-GBV-01: value 'about half' is not a number"), "\(bad.stdout)")
    }

    @Test func fundingCSVHoldsOnlyCountryCodesInTheCountryColumn() throws {
        let out = try TemporaryDirectory()
        defer { out.remove() }
        var request = CompileRequest(planDirectory: PackagePaths.path("Samples/lake-basin-rrp"), outDirectory: out.path, render: RenderOptions(formats: [.csv, .hpc]),
                                     funding: FundingCompileTests.fixtures)
        request.progress = []
        #expect(!(try PlanCompileRunner.run(request)).report.hasErrors)
        for name in ["funding.csv", "hpc-projects.csv"] {
            let rows = try String(contentsOfFile: out.path + "/" + name, encoding: .utf8).components(separatedBy: "\r\n").filter { !$0.isEmpty }
            let tags = rows[1].components(separatedBy: ",")
            let country = try #require(tags.firstIndex(of: "#country+code")), region = try #require(tags.firstIndex(of: "#region+code"))
            let codes = rows.dropFirst(2).map { $0.components(separatedBy: ",") }
            #expect(codes.allSatisfy { $0[country].isEmpty || ($0[country].count == 3 && $0[country].allSatisfy(\.isUppercase)) }, "\(name)")
            // The regional rows: no country code, `regional` in the region column.
            #expect(codes.contains { $0[country].isEmpty && $0[region] == "regional" }, "\(name)")
        }
        // Funding a record did not place in a country: `unspecified` in the region column.
        let funding = try String(contentsOfFile: out.path + "/funding.csv", encoding: .utf8)
        #expect(funding.contains("\r\n,,unspecified,Not specified,"))
    }
}
