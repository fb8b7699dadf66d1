import Foundation
import PlanDriver
import PlanModel
import Testing
import TestSupport

/// `rrp compile --funding`: the documents' funding section, `funding.csv` and `plan.json`
/// say the same total, and it is the sum of the records that count.
@Suite struct FundingCompileTests {
    static let fixtures = ["fts-flows.json", "fts-flows.csv", "hxl-funding.csv"].map { PackagePaths.path("Samples/lake-basin-funding/" + $0) }
    /// The amounts of the fixtures' records that count (each checked by hand against the files):
    /// seven FTS API flows, four FTS CSV flows, four HXL rows.
    static let counted: [Int64] = [12_500_000, 4_200_000, 8_000_000, 3_100_000, 1_750_000, 300_000, 2_500_000]
        + [1_500_000, 620_000, 280_000, 1_100_000] + [400_000, 260_000, 300_000, 120_000]

    @Test func theDocumentsTotalIsTheSumOfTheCountedRecords() throws {
        let out = try TemporaryDirectory()
        defer { out.remove() }
        let outcome = try PlanCompileRunner.run(CompileRequest(
            planDirectory: PackagePaths.path("Samples/lake-basin-rrp"), outDirectory: out.path, funding: Self.fixtures
        ))
        #expect(!outcome.report.hasErrors)
        let expected = Self.counted.reduce(0, +)
        let grouped = Money.grouped(expected)
        let markdown = try String(contentsOfFile: out.path + "/regional.md", encoding: .utf8)
        #expect(markdown.contains("| Received (USD) | **USD\u{A0}\(grouped)** |"))
        let html = try String(contentsOfFile: out.path + "/regional.html", encoding: .utf8)
        #expect(html.contains("<td class=\"num total\">USD\u{A0}\(grouped)</td>"))
        // funding.csv: the funded column adds up to the same total.
        let csv = try String(contentsOfFile: out.path + "/funding.csv", encoding: .utf8)
        let rows = csv.split(separator: "\r\n").dropFirst(2)
        let funded = rows.compactMap { row -> Int64? in
            let fields = row.split(separator: ",", omittingEmptySubsequences: false)
            return fields.count >= 3 ? Int64(fields[fields.count - 2]) : nil
        }
        #expect(funded.reduce(0, +) == expected)
        #expect(csv.contains("#value+funding+total+usd") && csv.contains("#value+funding+pct"))
        // plan.json carries the funding, versioned.
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out.path + "/plan.json"))) as? [String: Any]
        let funding = try #require(json?["funding"] as? [String: Any])
        #expect((funding["received"] as? NSNumber)?.int64Value == expected)
        #expect((funding["version"] as? Int) == 1)
        #expect((funding["excludedRecords"] as? Int) == 15)
        // A country document shows what was placed in the country.
        let chad = try String(contentsOfFile: out.path + "/country-TCD.md", encoding: .utf8)
        // (12,500,000 + 8,000,000 + 1,750,000 + 300,000 + 1,500,000 + 300,000, in the Chad
        // document's French: narrow no-break spaces between digit groups.)
        #expect(chad.contains("| Reçu (USD) | **24\u{202F}350\u{202F}000\u{A0}USD** |"))
    }

    @Test func withoutFundingNothingChanges() throws {
        let out = try TemporaryDirectory()
        defer { out.remove() }
        let outcome = try PlanCompileRunner.run(CompileRequest(planDirectory: PackagePaths.path("Samples/lake-basin-rrp"), outDirectory: out.path))
        let wroteFunding = outcome.files.contains(where: { $0.hasSuffix("funding.csv") })
        #expect(!wroteFunding)
        let markdown = try String(contentsOfFile: out.path + "/regional.md", encoding: .utf8)
        #expect(!markdown.contains("funding-received"))
    }

    @Test func theCommandLineTakesSeveralFilesAndFailsOnAnUnreadableOne() throws {
        let out = try TemporaryDirectory()
        defer { out.remove() }
        let ok = try RRPProcess.run(["compile", "Samples/lake-basin-rrp", "--out", out.path, "--funding"] + Self.fixtures + ["--diagnostics-format", "line"])
        #expect(ok.status == 0, "\(ok.stderr)")
        #expect(ok.stdout.contains("fts-flows.json:") && ok.stdout.contains("[funding.pledge]"), "\(ok.stdout)")
        let bad = try RRPProcess.run(["compile", "Samples/lake-basin-rrp", "--out", out.path + "/2", "--funding", "Samples/nothing-here.json"])
        #expect(bad.status == 1)
        #expect(bad.stdout.contains("Samples/nothing-here.json") && bad.stdout.contains("io.unreadable"), "\(bad.stdout)")
    }
}
