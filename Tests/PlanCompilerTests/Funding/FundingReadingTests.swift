import Foundation
import PlanModel
import PlanSyntax
import Testing
import TestSupport
@testable import PlanCompiler

/// The funding readers and the tally on the sample plan and its FTS-shaped fixtures
/// (Samples/lake-basin-funding): what counts, what is reported, and where.
@Suite struct FundingReadingTests {
    static let sample = PackageRoot.path("Samples/lake-basin-rrp")
    static func fixture(_ name: String) -> String { PackageRoot.path("Samples/lake-basin-funding/" + name) }

    func compile(_ names: [String], directory: String = sample) -> PlanCompilation {
        PlanCompiler.compile(directory: directory, funding: FundingInputs(paths: names.map(Self.fixture)))
    }

    @Test func countsTheMatchedFlowsOfAnFTSExportAndReportsEveryOther() throws {
        let compilation = compile(["fts-flows.json"])
        let funding = try #require(compilation.plan?.funding)
        // Counted: 230101, 230102 (commitment), 230103, 230104, 230105, 230109 (JSL for NRC), 230110.
        #expect(funding.received == 12_500_000 + 4_200_000 + 8_000_000 + 3_100_000 + 1_750_000 + 300_000 + 2_500_000)
        #expect(funding.records == 7)
        #expect(funding.excluded == 12)
        let reported = compilation.diagnostics.filter { $0.id.description.hasPrefix("funding.") }
        #expect(reported.count == funding.excluded)
        let ids = reported.map(\.id.description)
        #expect(ids.filter { $0 == "funding.unmatched-sector" }.count == 4)
        #expect(ids.filter { $0 == "funding.unmatched-organisation" }.count == 2)
        #expect(ids.filter { $0 == "funding.not-incoming" }.count == 2)
        for id in ["funding.pledge", "funding.duplicate", "funding.outside-period", "funding.unmatched-country"] { #expect(ids.contains(id), "\(id)") }
        // Every finding points at its record in the file.
        for d in reported {
            #expect(d.file.hasSuffix("fts-flows.json"))
            #expect((d.range?.start.line ?? 0) > 1)
        }
        #expect(funding.asOf == PlanDate(year: 2026, month: 6, day: 30))
        let nrc = funding.byPartner.first(where: { $0.key == "NRC" })?.received
        #expect(nrc == Int64(1_750_000 + 300_000 + 2_500_000))
        let niger = funding.byPlace.first(where: { $0.key == "NER" })?.received
        #expect(niger == Int64(3_100_000 + 2_500_000))
        // NRC in Niger without a cluster: counted for Niger, under 'unspecified' by sector.
        #expect(funding.bySector.last == FundingTotal(key: Funding.unspecified, required: 0, received: 2_500_000))
        #expect(funding.cells.clampedSum(\.received) == funding.received)
        #expect(funding.byPlace.clampedSum(\.received) == funding.received)
        #expect(funding.bySector.clampedSum(\.received) == funding.received)
        #expect(funding.byPartner.clampedSum(\.received) == funding.received)
        #expect(funding.byPartnerType.clampedSum(\.received) == funding.received)
        #expect(funding.required == compilation.plan?.consolidation.total)
    }

    @Test func readsFTSCSVDownloadsAndHXLTablesAndDetectsDuplicatesAcrossFiles() throws {
        let csv = try #require(compile(["fts-flows.csv"]).plan?.funding)
        // 240204 goes to Chad and Cameroon: counted, its country not specified.
        #expect(csv.received == 1_500_000 + 620_000 + 280_000 + 1_100_000)
        #expect(csv.byPlace.last == FundingTotal(key: Funding.unspecified, required: 0, received: 1_100_000))
        let hxl = try #require(compile(["hxl-funding.csv"]).plan?.funding)
        #expect(hxl.received == 400_000 + 260_000 + 300_000 + 120_000)
        let protection = hxl.bySector.first(where: { $0.key == "protection" })?.received
        #expect(protection == Int64(120_000))
        // The same export read twice (a copy): every flow that got past the pledge check is a
        // duplicate the second time; the file's own duplicate is reported in each copy.
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try FileManager.default.copyItem(atPath: Self.fixture("fts-flows.csv"), toPath: dir.path + "/copy.csv")
        let twice = PlanCompiler.compile(directory: Self.sample, funding: FundingInputs(paths: [Self.fixture("fts-flows.csv"), dir.path + "/copy.csv"]))
        #expect(twice.plan?.funding?.received == csv.received)
        let duplicates = twice.diagnostics.filter { $0.id.description == "funding.duplicate" }
        #expect(duplicates.count == 1 + 6)
        #expect(duplicates.filter { $0.file.hasSuffix("copy.csv") }.allSatisfy { $0.notes.first?.file?.hasSuffix("fts-flows.csv") == true || $0.range?.start.line == 9 })
    }

    @Test func flowIDsAreTheSameOnlyWhenWrittenTheSame() throws {
        // Digits are compared as numbers (faster to hash) only when written without leading
        // zeros: `7` twice is one flow, `07` and `7.0` are other IDs, as is `abc` beside `ABC`.
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let ids = ["7", "07", "7", "7.0", "abc", "ABC", "abc", "12345678901234567890", "12345678901234567890"]
        let flows = ids.map { #"{"id": "\#($0)", "amountUSD": 1000, "destOrganization": "Somebody"}"# }
        try ("[" + flows.joined(separator: ",") + "]").write(toFile: dir.path + "/ids.json", atomically: true, encoding: .utf8)
        let compilation = PlanCompiler.compile(directory: Self.sample, funding: FundingInputs(paths: [dir.path + "/ids.json"]))
        let duplicates = compilation.diagnostics.filter { $0.id.description == "funding.duplicate" }.map(\.summary)
        #expect(duplicates.count == 3)
        #expect(duplicates.allSatisfy { $0.hasPrefix("Flow 7 ") || $0.hasPrefix("Flow abc ") || $0.hasPrefix("Flow 12345678901234567890 ") }, "\(duplicates)")
    }

    @Test func textNumbersAreEachFilesOwn() throws {
        // The reader numbers each file's texts from 0: in both files below the organisation is
        // text 3 and the country text 4, but not the same texts. What a number stood for in the
        // first file must not be taken for the second (the tally keeps its findings by number).
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        func flow(_ id: Int, _ organisation: String, _ country: String) -> String {
            #"{"id": \#(id), "amountUSD": 1000, "status": "paid", "date": "2026-03-15", "boundary": "incoming", "destinationObjects": [{"type": "Organization", "name": "\#(organisation)"}, {"type": "Location", "name": "\#(country)"}]}"#
        }
        let unhcr = "United Nations High Commissioner for Refugees"
        try ("[" + flow(1, unhcr, "Chad") + "]").write(toFile: dir.path + "/a.json", atomically: true, encoding: .utf8)
        try ("[" + [flow(2, "Lake Chad Relief Foundation", "Niger"), flow(3, unhcr, "Niger"), flow(1, unhcr, "Chad")].joined(separator: ",") + "]")
            .write(toFile: dir.path + "/b.json", atomically: true, encoding: .utf8)
        let compilation = PlanCompiler.compile(directory: Self.sample, funding: FundingInputs(paths: [dir.path + "/a.json", dir.path + "/b.json"]))
        let funding = try #require(compilation.plan?.funding)
        #expect(funding.received == 2000 && funding.records == 2 && funding.excluded == 2)
        #expect(funding.byPlace.first(where: { $0.key == "TCD" })?.received == 1000)
        #expect(funding.byPlace.first(where: { $0.key == "NER" })?.received == 1000)
        let reported = compilation.diagnostics.filter { $0.id.description.hasPrefix("funding.") }
        let unmatched = reported.filter { $0.id.description == "funding.unmatched-organisation" }
        #expect(unmatched.count == 1 && unmatched.first?.summary.hasPrefix("'Lake Chad Relief Foundation' is not a partner") == true)
        // Flow 1 read again in the second file: its first read is in the first.
        let duplicate = try #require(reported.first { $0.id.description == "funding.duplicate" })
        #expect(duplicate.file.hasSuffix("b.json") && duplicate.notes.first?.file?.hasSuffix("a.json") == true)
    }

    @Test func thePlanFilesFundingBlockNamesFilesAndMapsNames() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try FileManager.default.copyItem(atPath: Self.sample, toPath: dir.path + "/plan")
        try FileManager.default.createDirectory(atPath: dir.path + "/plan/funding", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Self.fixture("fts-flows.json"), toPath: dir.path + "/plan/funding/fts.json")
        let planPath = dir.path + "/plan/plan.md"
        var text = try String(contentsOfFile: planPath, encoding: .utf8)
        let block = """
        funding:
          files: funding/fts.json
          organisations:
            CNARR: Commission nationale d'accueil (CNARR)
          sectors:
            health-nutrition:
              - Health
              - Nutrition
            wash: Water Sanitation Hygiene

        """
        text = text.replacingOccurrences(of: "headline:\n", with: block + "headline:\n")
        try text.write(toFile: planPath, atomically: true, encoding: .utf8)
        let compilation = PlanCompiler.compile(directory: dir.path + "/plan")
        let funding = try #require(compilation.plan?.funding)
        #expect(funding.sources == [dir.path + "/plan/funding/fts.json"])
        // The three Health and WASH flows now count.
        #expect(funding.received == 32_350_000 + 900_000 + 650_000 + 420_000)
        #expect(!compilation.diagnostics.contains { $0.id.description == "funding.unmatched-sector" && $0.summary.contains("'Health'") })
        #expect(!compilation.hasErrors)
    }

    @Test func aFileThatCannotBeReadIsAnErrorNeverASilentGap() {
        let missing = PlanCompiler.compile(directory: Self.sample, funding: FundingInputs(paths: ["/nonexistent/fts.json"]))
        #expect(missing.hasErrors)
        #expect(missing.diagnostics.contains { $0.id.description == "io.unreadable" && $0.file == "/nonexistent/fts.json" })
    }

    @Test func csvRecordsKeepQuotesLineBreaksAndCellPositions() {
        let rows = CSVRecords.parse(Array("a,\"b, \"\"c\"\"\"\r\n\"multi\nline\",x\n\n,\n".utf8))
        #expect(rows.map { $0.map(\.text) } == [["a", "b, \"c\""], ["multi\nline", "x"], ["", ""]])
        #expect(rows[0][1].start == 2)
    }

    @Test func jsonDeeperThanTheLimitIsAnErrorNotACrash() {
        let deep = Array(repeating: UInt8(ascii: "["), count: 100_000)
        guard case .failure(let error) = JSONDocument.parse(deep) else { Issue.record("parsed"); return }
        #expect(error.message.contains("nesting"))
        guard case .success(let node) = JSONDocument.parse(Array(#"{"a": [1, "\u00e9\n", true, null], "b": {"c": -2.5e3}}"#.utf8)) else { Issue.record("failed"); return }
        #expect(node["a"]?.items.count == 4)
        #expect(node["a"]?.items[1].text == "é\n")
        #expect(node["b"]?["c"]?.text == "-2.5e3")
    }

    @Test func amountsAndDatesAreReadStrictly() {
        func amount(_ t: String) -> Int64? { try? FundingValues.amount(t).get() }
        #expect(amount("250000") == 250_000)
        #expect(amount("250,000") == 250_000)
        #expect(amount("250000.5") == 250_001)
        #expect(amount("250000.49") == 250_000)
        #expect(amount("2.5E5") == 250_000)
        // Digits alone (read by a shorter path) up to the largest amount, leading zeros ignored.
        #expect(amount("1000000000000000") == 1_000_000_000_000_000 && amount("1000000000000001") == nil && amount("0007") == 7)
        #expect(amount("00000000000000000007") == 7 && amount(" 7") == 7)
        for bad in ["", "-5", "about 250000", "1,,000", "12,", "USD 5", "99999999999999999999"] { #expect(amount(bad) == nil, "\(bad)") }
        func date(_ t: String) -> PlanDate? { try? FundingValues.date(t).get() }
        #expect(date("2026-03-15T00:00:00Z") == PlanDate(year: 2026, month: 3, day: 15))
        #expect(date("2026-03") == PlanDate(year: 2026, month: 3))
        for bad in ["2026-02-30", "15/03/2026", "2026-13-01", "March 2026"] { #expect(date(bad) == nil, "\(bad)") }
    }

    @Test func organisationNamesMatchByIDNameAcronymAndAlias() throws {
        let plan = try #require(PlanCompiler.compile(directory: Self.sample).plan)
        var matcher = FundingMatcher(plan: plan, settings: FundingSettings(organisations: [
            FundingAlias(id: Located("NRC", at: SourceRange(at: SourceLocation(line: 1, column: 1, offset: 0))),
                         names: [Located("NRC Chad Office", at: SourceRange(at: SourceLocation(line: 1, column: 1, offset: 0)))]),
        ]))
        #expect(matcher.partner("nrc") == "NRC")
        #expect(matcher.partner("NORWEGIAN REFUGEE COUNCIL") == "NRC")
        #expect(matcher.partner("Some Name (NRC)") == "NRC")
        #expect(matcher.partner("NRC Chad office") == "NRC")
        #expect(matcher.partner("Association pour le Developpement du Lac") == "ADL")
        #expect(matcher.partner("Lake Chad Relief Foundation") == nil)
        #expect(matcher.country("Chad") == "TCD" && matcher.country("tcd") == "TCD" && matcher.country("Nigeria") == nil)
        #expect(matcher.sector("Water, Sanitation and Hygiene") == "wash" && matcher.sector("gbv") == "protection")
    }
}
