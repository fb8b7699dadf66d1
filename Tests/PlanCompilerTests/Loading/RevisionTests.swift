import Foundation
import PlanModel
import Testing
import TestSupport
@testable import PlanCompiler

/// `revision:` in the plan file: read, carried to the plan and to plan.json, its name required.
@Suite struct RevisionTests {
    func compile(revision: String) throws -> (PlanCompilation, TemporaryDirectory) {
        let dir = try TemporaryDirectory()
        try FileManager.default.copyItem(atPath: PackageRoot.path("Samples/lake-basin-rrp"), toPath: dir.path + "/plan")
        let path = dir.path + "/plan/plan.md"
        let text = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: "headline:\n", with: revision + "headline:\n")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return (PlanCompiler.compile(directory: dir.path + "/plan"), dir)
    }

    @Test func isReadAndWrittenToPlanJSON() throws {
        let (compilation, dir) = try compile(revision: "revision:\n  name: Mid-year revision 2026\n  date: 2026-07-15\n  previous: v2026.0\n")
        defer { dir.remove() }
        #expect(!compilation.hasErrors)
        let plan = try #require(compilation.plan)
        #expect(plan.revision == RevisionInfo(name: "Mid-year revision 2026", date: PlanDate(year: 2026, month: 7, day: 15), previous: "v2026.0"))
        let json = String(decoding: PlanJSON.encode(plan), as: UTF8.self)
        #expect(json.contains(#""revision":{"date":"2026-07-15","name":"Mid-year revision 2026","previous":"v2026.0"}"#))
    }

    @Test func withoutANameIsAnError() throws {
        let (compilation, dir) = try compile(revision: "revision:\n  date: 2026-07-15\n")
        defer { dir.remove() }
        #expect(compilation.diagnostics.contains { $0.id.description == "dsl.missing-key" && $0.summary.contains("name") })
        let (bad, dir2) = try compile(revision: "revision:\n  name: R\n  date: July\n")
        defer { dir2.remove() }
        #expect(bad.hasErrors)
    }
}
