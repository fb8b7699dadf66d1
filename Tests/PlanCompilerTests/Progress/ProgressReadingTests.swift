import Foundation
import PlanModel
import PlanSyntax
import Testing
import TestSupport
@testable import PlanCompiler

/// The indicator-result readers and the tally on the sample plan and its fixtures
/// (Samples/lake-basin-progress): what counts, which value is the latest, what is reported, and
/// where.
@Suite struct ProgressReadingTests {
    static let sample = PackageRoot.path("Samples/lake-basin-rrp")
    static func fixture(_ name: String) -> String { PackageRoot.path("Samples/lake-basin-progress/" + name) }

    func compile(_ names: [String], directory: String = sample) -> PlanCompilation {
        PlanCompiler.compile(directory: directory, progress: ProgressInputs(paths: names.map(Self.fixture)))
    }

    func findings(_ c: PlanCompilation) -> [(id: String, line: Int, column: Int)] {
        c.diagnostics.filter { $0.id.description.hasPrefix("progress.") }.map { ($0.id.description, $0.range?.start.line ?? 0, $0.range?.start.column ?? 0) }
    }

    @Test func theHXLTableKeepsTheLatestValueOfEachIndicatorAndReportsEveryOtherRow() throws {
        let compilation = compile(["hxl-progress.csv"])
        let progress = try #require(compilation.plan?.progress)
        #expect(progress.results == 6)
        #expect(progress.excluded == 6)
        // TCD-EDU-01: 50% in March, 55% in June (the 56% of the same June day is a duplicate).
        let education = try #require(progress.indicator("TCD-EDU-01"))
        #expect(education.latest == 55 && education.percent && education.date == PlanDate(year: 2026, month: 6, day: 30) && education.results == 2)
        #expect(abs((education.progress ?? 0) - (55.0 - 46) / (65 - 46) * 100) < 1e-9)
        // TCD-HNT-01: the March row comes after the June row in the file; June's is the latest.
        let health = try #require(progress.indicator("TCD-HNT-01"))
        #expect(health.latest == 8200 && !health.percent)
        // A regional indicator without a country, a country given by name.
        #expect(progress.indicator("REG-PRT-01")?.place == "regional")
        #expect(progress.indicator("CMR-WSH-01")?.latest == 15)
        #expect(progress.asOf == PlanDate(year: 2026, month: 6, day: 30))
        // Each finding at its cell: file, line and column.
        let found = findings(compilation)
        #expect(found.count == progress.excluded)
        for expected in [("progress.unknown-indicator", 9, 1), ("progress.unknown-country", 10, 12), ("progress.unit-mismatch", 11, 16),
                         ("progress.unit-mismatch", 12, 16), ("progress.outside-period", 13, 19), ("progress.duplicate", 14, 20)] {
            #expect(found.contains { $0 == expected }, "\(expected)")
        }
        let duplicate = try #require(compilation.diagnostics.first { $0.id.description == "progress.duplicate" })
        #expect(duplicate.notes.first?.range?.start.line == 4)
        #expect(compilation.diagnostics.filter { $0.id.description.hasPrefix("progress.") }.allSatisfy { $0.file.hasSuffix("hxl-progress.csv") })
        #expect(!compilation.hasErrors)
    }

    @Test func anActivityInfoExportIsReadByItsColumnHeaders() throws {
        let compilation = compile(["activityinfo-progress.csv"])
        let progress = try #require(compilation.plan?.progress)
        #expect(progress.results == 3 && progress.excluded == 3)
        // Monthly reports (`Reporting month`: 2026-04, 2026-07): July's is the latest.
        #expect(progress.indicator("NER-EDU-01")?.latest == 53)
        #expect(progress.indicator("NER-EDU-01")?.date == PlanDate(year: 2026, month: 7))
        #expect(progress.indicator("NER-HNT-01")?.latest == 9100.5)
        let ids = Set(findings(compilation).map(\.id))
        #expect(ids == ["progress.outside-period", "progress.unit-mismatch", "progress.unknown-indicator"])
    }

    @Test func unreadableValuesAndDatesAreErrors() throws {
        let compilation = compile(["invalid-progress.csv"])
        #expect(compilation.hasErrors)
        let found = findings(compilation)
        #expect(found.filter { $0.id == "progress.invalid-value" }.map(\.line) == [3, 5])
        #expect(found.filter { $0.id == "progress.invalid-date" }.map(\.line) == [4, 6])
        // The one good row counts.
        #expect(compilation.plan?.progress?.indicator("TCD-WSH-01")?.latest == 15)
    }

    @Test func resultsAreReadOnceAcrossFilesAndFilesAreNamedInThePlanFolder() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try FileManager.default.copyItem(atPath: Self.sample, toPath: dir.path + "/plan")
        try FileManager.default.createDirectory(atPath: dir.path + "/plan/monitoring", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Self.fixture("hxl-progress.csv"), toPath: dir.path + "/plan/monitoring/results.csv")
        let planPath = dir.path + "/plan/plan.md"
        let text = try String(contentsOfFile: planPath, encoding: .utf8)
        try text.replacingOccurrences(of: "headline:\n", with: "progress:\n  files: monitoring/results.csv\nheadline:\n").write(toFile: planPath, atomically: true, encoding: .utf8)
        // The plan's file and the same file again on the command line: every counted row of the
        // copy is a duplicate.
        let compilation = PlanCompiler.compile(directory: dir.path + "/plan", progress: ProgressInputs(paths: [Self.fixture("hxl-progress.csv")]))
        let progress = try #require(compilation.plan?.progress)
        #expect(progress.sources == [dir.path + "/plan/monitoring/results.csv", Self.fixture("hxl-progress.csv")])
        #expect(progress.results == 6)
        let duplicates = compilation.diagnostics.filter { $0.id.description == "progress.duplicate" }
        // The first file's own duplicate, then in the copy the six rows that counted and that
        // duplicate again.
        #expect(duplicates.count == 1 + 7)
        #expect(compilation.progressFiles.count == 2)
    }

    @Test func aFileInNeitherShapeOrMissingIsAnError() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let odd = try dir.write("odd.csv", "What,How many\nteachers,3400\n")
        let compilation = PlanCompiler.compile(directory: Self.sample, progress: ProgressInputs(paths: [odd, "/nonexistent/progress.csv"]))
        #expect(compilation.diagnostics.contains { $0.id.description == "progress.unknown-format" && $0.file == odd })
        #expect(compilation.diagnostics.contains { $0.id.description == "io.unreadable" && $0.file == "/nonexistent/progress.csv" })
        #expect(compilation.hasErrors)
    }

    @Test func hxlColumnsSkipThePlansOwnBaselineAndTargetColumns() {
        // indicators.csv written by a compile with results: its latest values are results.
        let header = "#activity+appeal+name,#country+code,#country+name,#region+code,#region+name,#indicator+code,#indicator+num+baseline,"
            + "#indicator+num+target,#indicator+value+latest,#date+latest,#indicator+progress+pct\n"
        let rows = CSVRecords.parse(Array(header.utf8))
        let columns = ProgressCSVReader.hxlColumns(rows[0])
        #expect(columns[.indicator] == 5 && columns[.value] == 8 && columns[.date] == 9 && columns[.country] == 1)
    }

    @Test func aPlanFileProgressBlockWithAnUnknownKeyIsReported() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try FileManager.default.copyItem(atPath: Self.sample, toPath: dir.path + "/plan")
        let planPath = dir.path + "/plan/plan.md"
        let text = try String(contentsOfFile: planPath, encoding: .utf8)
        try text.replacingOccurrences(of: "headline:\n", with: "progress:\n  file: results.csv\nheadline:\n").write(toFile: planPath, atomically: true, encoding: .utf8)
        let compilation = PlanCompiler.compile(directory: dir.path + "/plan")
        #expect(compilation.diagnostics.contains { $0.file == planPath && $0.summary.contains("'file'") }, "\(compilation.diagnostics.map(\.summary))")
        #expect(compilation.plan?.progress == nil)
    }

    @Test func preparedNearMissesGiveNearMissAnswers() {
        let ids = ["TCD-EDU-01", "TCD-EDU-02", "CMR-EDU-01", "TCD-HNT-01", "protection", "education"]
        let prepared = NearMissCandidates(ids)
        for word in ["TCD-EDU-03", "tcd-edu-01", "CMR-EDU-1", "TCD-EDU-01-X", "protecton", "xyz", "", "TCD-HNT-1"] {
            #expect(prepared.suggestion(for: word) == NearMiss.suggestion(for: word, among: ids), "\(word)")
        }
        // A candidate the word extends wins a tie with an earlier one; a closer one still wins.
        #expect(NearMissCandidates(["xbcdef", "abcde"]).suggestion(for: "abcdef") == "abcde")
        #expect(NearMissCandidates(["abcdeg", "abcd"]).suggestion(for: "abcdef") == "abcdeg")
        #expect(NearMissCandidates(["abc", "ab"]).suggestion(for: "abcd") == "abc")
        #expect(NearMissCandidates(["ABCD"]).suggestion(for: "abcd") == "ABCD")
    }

    @Test func aFileForAnotherPlanIsReportedRowByRowWithBoundedHints() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let rows = (0..<600).map { "TCD-EDU-01-X\($0),TCD,50%,2026-06-30\n" }.joined()
        let file = try dir.write("other.csv", "#indicator+code,#country+code,#reached,#date\n" + rows)
        let compilation = PlanCompiler.compile(directory: Self.sample, progress: ProgressInputs(paths: [file]))
        let unknown = compilation.diagnostics.filter { $0.id.description == "progress.unknown-indicator" }
        #expect(unknown.count == 600)
        #expect(unknown.filter { $0.summary.contains("did you mean 'TCD-EDU-01'") }.count == ProgressTally.hintBudget)
        #expect(compilation.plan?.progress?.excluded == 600 && compilation.plan?.progress?.indicators.isEmpty == true)
    }

    @Test func rowsOfEmptyCellsHoldNoResult() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let file = try dir.write("sheet.csv", "#indicator+code,#country+code,#reached,#date\nTCD-EDU-01,TCD,50%,2026-06-30\n,,,\n , ,,\n,TCD,,\n")
        let compilation = PlanCompiler.compile(directory: Self.sample, progress: ProgressInputs(paths: [file]))
        #expect(compilation.plan?.progress?.results == 1)
        // The last row is not empty: it is reported (no indicator code).
        #expect(findings(compilation).map(\.line) == [5])
    }

    @Test func withoutResultsThereIsNoProgress() {
        #expect(PlanCompiler.compile(directory: Self.sample).plan?.progress == nil)
    }

    @Test func valuesAreReadStrictly() {
        func value(_ t: String) -> ProgressValues.Value? { try? ProgressValues.value(t).get() }
        #expect(value("3400") == .init(number: 3400, percent: false))
        #expect(value("3,400") == .init(number: 3400, percent: false))
        #expect(value("1,234,567.5") == .init(number: 1_234_567.5, percent: false))
        #expect(value("52%") == .init(number: 52, percent: true))
        #expect(value("52 %") == .init(number: 52, percent: true))
        #expect(value("12.5") == .init(number: 12.5, percent: false))
        for bad in ["", "about 3000", "-5", "1,50", "12,", "1.2.3", "3400 people", "nan", "inf", "1e5", "%", "2000000000000000"] {
            #expect(value(bad) == nil, "\(bad)")
        }
    }

    @Test func progressIsGuardedAgainstAnEmptyWayAndOverflow() {
        // Up, down, past the target, away from it.
        #expect(IndicatorProgress.share(latest: 55, baseline: 46, target: 65).map { ($0 * 100).rounded() / 100 } == 47.37)
        #expect(IndicatorProgress.share(latest: 15, baseline: 20, target: 10) == 50)
        #expect(IndicatorProgress.share(latest: 130, baseline: 0, target: 100) == 130)
        #expect(IndicatorProgress.share(latest: 10, baseline: 20, target: 30) == -100)
        #expect(IndicatorProgress.share(latest: 50, baseline: nil, target: 100) == 50)
        // No way to measure: target equals baseline; values that are not finite.
        #expect(IndicatorProgress.share(latest: 50, baseline: 50, target: 50) == nil)
        #expect(IndicatorProgress.share(latest: .infinity, baseline: 0, target: 1) == nil)
        // A tiny way: clamped, never infinite.
        #expect(IndicatorProgress.share(latest: 1e15, baseline: 0, target: 1e-300) == IndicatorProgress.progressLimit)
        #expect(IndicatorProgress.share(latest: 0, baseline: 1e15, target: 1e15 + 1) == -IndicatorProgress.progressLimit)
    }

    @Test func theKindOfAnIndicatorComesFromItsUnitOrItsTarget() {
        #expect(ProgressValues.kind(Indicator(id: "A", unit: "percent")) == .percent)
        #expect(ProgressValues.kind(Indicator(id: "A", unit: "people")) == .count)
        #expect(ProgressValues.kind(Indicator(id: "A", unit: "litres", target: .percent(Percent(80)))) == .percent)
        #expect(ProgressValues.kind(Indicator(id: "A", unit: "litres", target: .number(20))) == .count)
        #expect(ProgressValues.kind(Indicator(id: "A")) == .other)
    }
}
