import Foundation
import PlanDriver
import PlanRender
import Testing
import TestSupport

/// Every CSV `rrp compile` writes (`--format csv,hpc`, with funding) has a schema in
/// Schemas/hxl that names every one of its hashtags and that `hxlvalidate --schema` accepts;
/// the schemas do reject bad values.
@Suite struct HXLSchemaTests {
    static let names = ["requirements", "planning-figures", "planning-figures-chapters", "indicators", "funding", "hpc-projects"]

    /// The sample compiled with its funding and progress fixtures into `out`, every CSV written
    /// (`indicators.csv` with its progress columns).
    static func compile(into out: TemporaryDirectory) throws {
        var request = CompileRequest(
            planDirectory: PackagePaths.path("Samples/lake-basin-rrp"), outDirectory: out.path,
            render: RenderOptions(formats: [.csv, .hpc]), funding: FundingCompileTests.fixtures
        )
        request.progress = ProgressCompileTests.fixtures
        let outcome = try PlanCompileRunner.run(request)
        #expect(!outcome.report.hasErrors)
    }

    static func schema(_ name: String) -> String { PackagePaths.path("Schemas/hxl/\(name).schema.csv") }

    /// The hashtags of row 2 of a CSV file (none of the shipped files quote a hashtag).
    static func hashtags(_ path: String) throws -> [String] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let rows = text.components(separatedBy: "\r\n")
        return rows.count > 1 ? rows[1].split(separator: ",").map(String.init) : []
    }

    @Test func everyCSVHasASchemaNamingEachOfItsHashtags() throws {
        let out = try TemporaryDirectory()
        defer { out.remove() }
        try Self.compile(into: out)
        let written = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasSuffix(".csv") }.sorted()
        #expect(written == Self.names.map { $0 + ".csv" }.sorted())
        for name in Self.names {
            let schemaTags = try String(contentsOfFile: Self.schema(name), encoding: .utf8).components(separatedBy: "\r\n").dropFirst(2)
                .compactMap { $0.split(separator: ",").first.map(String.init) }
            #expect(Set(schemaTags) == Set(try Self.hashtags(out.path + "/\(name).csv")), "\(name)")
        }
    }

    @Test(.enabled(if: HXLValidate.tool != nil, "hxlvalidate not found: python3 -m pip install libhxl six"))
    func hxlvalidateAcceptsEveryCSVWithItsSchemaAndRejectsBadValues() throws {
        let tool = try #require(HXLValidate.tool)
        let out = try TemporaryDirectory()
        defer { out.remove() }
        try Self.compile(into: out)
        for name in Self.names {
            let result = try HXLValidate.run(tool, ["-e", "error", "-s", Self.schema(name), out.path + "/\(name).csv"])
            #expect(result.status == 0 && result.output.contains("0 error(s)"), "\(name): \(result.output)")
        }
        // A negative amount and a country name where a code belongs fail the funding schema.
        let good = try String(contentsOfFile: out.path + "/funding.csv", encoding: .utf8)
        var rows = good.components(separatedBy: "\r\n")
        rows[2] = rows[2].replacingOccurrences(of: "TCD,Chad", with: "Tchad,Chad")
        var fields = rows[3].components(separatedBy: ",")
        fields[fields.count - 3] = "-5"
        rows[3] = fields.joined(separator: ",")
        let bad = try out.write("bad.csv", rows.joined(separator: "\r\n"))
        let result = try HXLValidate.run(tool, ["-e", "error", "-s", Self.schema("funding"), bad])
        #expect(result.output.contains("Tchad") && result.output.contains("\"-5\""), "\(result.output)")
        #expect(!result.output.contains("0 error(s)"), "\(result.output)")
    }
}
