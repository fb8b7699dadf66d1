import Foundation
import PlanCompiler
import PlanRender
import Testing
import TestSupport

/// The sample's documents at phone width in headless Chromium (Scripts/check-phone-layout.py):
/// no page wider than the screen, chart text readable. CI installs `chromium`; without it the
/// test records why it did not run.
@Suite struct PhoneLayoutTests {
    static let script = PackagePaths.path("Scripts/check-phone-layout.py")

    static func chromium() -> String? {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        for name in ["chromium", "chromium-browser", "google-chrome"] {
            if let found = paths.map({ "\($0)/\(name)" }).first(where: { FileManager.default.isExecutableFile(atPath: $0) }) { return found }
        }
        return nil
    }

    @Test(.enabled(if: PhoneLayoutTests.chromium() != nil, "chromium not found: apt-get install chromium"))
    func noPageScrollsSidewaysAt390Pixels() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let compilation = PlanCompiler.compile(directory: PackagePaths.path("Samples/lake-basin-rrp"))
        let files = try PlanRenderer(templates: RenderFixture.templates, options: RenderOptions(formats: [.html])).render(try #require(compilation.plan))
        var paths: [String] = []
        for file in files where file.name.hasSuffix(".html") { paths.append(try dir.write(file.name, String(decoding: file.bytes, as: UTF8.self))) }
        #expect(paths.count == 4)
        let result = try ToolProcess.run("/usr/bin/env", ["python3", Self.script, "--width", "390", "--min-chart-font", "9"] + paths.sorted())
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.split(separator: "\n").filter { $0.hasPrefix("ok ") }.count == 4, "\(result.output)")

        // The check does fail on a page with a table wider than the screen outside a scroll box,
        // and on a chart shrunk to fit it.
        let wide = try dir.write("wide.html", "<!DOCTYPE html><html><body><table><tr><td style=\"min-width:1000px\">x</td></tr></table></body></html>")
        #expect(try ToolProcess.run("/usr/bin/env", ["python3", Self.script, wide]).status == 1)
        let chart = try dir.write(
            "chart.html",
            "<!DOCTYPE html><html><body><svg class=\"chart\" viewBox=\"0 0 680 100\" style=\"width:100%\" font-size=\"12\"><text>x</text></svg></body></html>"
        )
        #expect(try ToolProcess.run("/usr/bin/env", ["python3", Self.script, chart]).status == 1)
    }
}
