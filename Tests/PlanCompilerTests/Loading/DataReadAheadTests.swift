import PlanModel
import PlanSyntax
import Testing
import TestSupport
@testable import PlanCompiler

/// `rrp compile` reads and parses its `--funding` and `--progress` files on a thread of their
/// own while the plan loads (``DataInputs/init(readingAhead:for:)``): the same records, totals
/// and findings as reading them when their stage runs.
@Suite struct DataReadAheadTests {
    static let sample = PackageRoot.path("Samples/lake-basin-rrp")

    @Test func filesReadAheadGiveWhatFilesReadNowGive() throws {
        // A duplicate across files, rows the stages report, a file that cannot be read.
        let funding = ["fts-flows.json", "fts-flows.csv", "hxl-funding.csv"].map { PackageRoot.path("Samples/lake-basin-funding/" + $0) } + ["/nonexistent/fts.json"]
        let progress = ["hxl-progress.csv", "activityinfo-progress.csv", "invalid-progress.csv"].map { PackageRoot.path("Samples/lake-basin-progress/" + $0) }
        let now = PlanCompiler.compile(directory: Self.sample, funding: FundingInputs(paths: funding), progress: ProgressInputs(paths: progress))
        let ahead = PlanCompiler.compile(
            directory: Self.sample, funding: FundingInputs(readingAhead: funding, for: .funding), progress: ProgressInputs(readingAhead: progress, for: .progress)
        )
        let received = try #require(ahead.plan?.funding)
        let reported = try #require(ahead.plan?.progress)
        #expect(received.records > 0 && received.excluded > 0 && reported.results > 0 && reported.excluded > 0)
        #expect(received == now.plan?.funding)
        #expect(reported == now.plan?.progress)
        #expect(ahead.diagnostics == now.diagnostics)
        #expect(ahead.diagnostics.contains { $0.id.description == "funding.duplicate" })
        #expect(ahead.diagnostics.contains { $0.id.description == "io.unreadable" && $0.file == "/nonexistent/fts.json" })
        #expect(ahead.dataFiles.map(\.path) == now.dataFiles.map(\.path))
    }

    @Test func nothingToReadAheadIsNoData() {
        let compilation = PlanCompiler.compile(
            directory: Self.sample, funding: FundingInputs(readingAhead: [], for: .funding), progress: ProgressInputs(readingAhead: [], for: .progress)
        )
        #expect(compilation.plan?.funding == nil && compilation.plan?.progress == nil)
    }
}
