import Foundation
import PlanDriver
import PlanRender
import TestSupport
import Testing

/// `rrp compile` into a folder it compiled into before: stale documents go, the rest stays.
@Suite(.serialized) struct StaleCompileTests {
    /// The fixture without Cameroon: its folder removed and `countries: TCD`.
    static func removeCameroon(from plan: TemporaryDirectory) throws {
        try FileManager.default.removeItem(atPath: plan.path + "/CMR")
        let text = try String(contentsOfFile: plan.path + "/plan.md", encoding: .utf8)
        try plan.write("plan.md", text.replacingOccurrences(of: "countries: TCD, CMR", with: "countries: TCD"))
    }

    static func compile(_ plan: String, into out: String, formats: Set<OutputFormat> = OutputFormat.defaults, country: String? = nil) throws -> CompileOutcome {
        let outcome = try PlanCompileRunner.run(CompileRequest(planDirectory: plan, outDirectory: out, render: RenderOptions(formats: formats, country: country)))
        #expect(!outcome.report.hasErrors, "\(outcome.report.diagnostics.map(\.summary))")
        return outcome
    }

    @Test func removingACountryRemovesItsDocuments() throws {
        let plan = try RenderFixture.copy(), out = try TemporaryDirectory()
        defer { plan.remove(); out.remove() }
        _ = try Self.compile(plan.path, into: out.path)
        try out.write("notes.txt", "mine")
        try Self.removeCameroon(from: plan)
        let outcome = try Self.compile(plan.path, into: out.path)
        #expect(outcome.removed == [out.path + "/country-CMR.html", out.path + "/country-CMR.md"])
        #expect(outcome.warnings.isEmpty)
        #expect(outcome.summaryLine(out: "out") == "wrote 9 files to out, removed 2 stale files")
        let names = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(names == [".rrp-outputs.json", ".rrp-outputs.lock", "country-TCD.html", "country-TCD.md", "indicators.csv", "notes.txt",
                          "plan.json", "planning-figures-chapters.csv", "planning-figures.csv", "regional.html", "regional.md", "requirements.csv"])
    }

    @Test func anEditedDocumentOfARemovedCountryIsKeptWithAWarning() throws {
        let plan = try RenderFixture.copy(), out = try TemporaryDirectory()
        defer { plan.remove(); out.remove() }
        _ = try Self.compile(plan.path, into: out.path)
        let edited = out.path + "/country-CMR.md"
        try (String(contentsOfFile: edited, encoding: .utf8) + "\nA note added by hand.\n").write(toFile: edited, atomically: true, encoding: .utf8)
        try Self.removeCameroon(from: plan)
        let outcome = try Self.compile(plan.path, into: out.path)
        #expect(outcome.removed == [out.path + "/country-CMR.html"])
        #expect(outcome.warnings == [.staleModified(path: edited)])
        #expect(try String(contentsOfFile: edited, encoding: .utf8).hasSuffix("A note added by hand.\n"))
    }

    @Test func aCountryCompileRemovesNothing() throws {
        let plan = try RenderFixture.copy(), out = try TemporaryDirectory()
        defer { plan.remove(); out.remove() }
        _ = try Self.compile(plan.path, into: out.path)
        let before = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        let outcome = try Self.compile(plan.path, into: out.path, formats: [.html], country: "TCD")
        #expect(outcome.removed.isEmpty && outcome.warnings.isEmpty)
        #expect(outcome.summaryLine(out: "out") == "wrote 1 file to out")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == before)
        // Nor after the plan lost a country: only the next full compile removes its files.
        try Self.removeCameroon(from: plan)
        #expect(try Self.compile(plan.path, into: out.path, country: "TCD").removed.isEmpty)
        #expect(FileManager.default.fileExists(atPath: out.path + "/country-CMR.html"))
        #expect(try Self.compile(plan.path, into: out.path).removed == [out.path + "/country-CMR.html", out.path + "/country-CMR.md"])
    }

    @Test func fewerFormatsRemoveTheDroppedFormatsFiles() throws {
        let out = try TemporaryDirectory()
        defer { out.remove() }
        _ = try Self.compile(RenderFixture.folder, into: out.path)
        let outcome = try Self.compile(RenderFixture.folder, into: out.path, formats: [.html, .json])
        #expect(outcome.removed.map { ($0 as NSString).lastPathComponent } == [
            "country-CMR.md", "country-TCD.md", "indicators.csv", "planning-figures-chapters.csv", "planning-figures.csv", "regional.md", "requirements.csv",
        ])
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == [
            ".rrp-outputs.json", ".rrp-outputs.lock", "country-CMR.html", "country-TCD.html", "plan.json", "regional.html",
        ])
    }

    @Test func aCorruptManifestIsReportedAndNothingIsRemoved() throws {
        let plan = try RenderFixture.copy(), out = try TemporaryDirectory()
        defer { plan.remove(); out.remove() }
        _ = try Self.compile(plan.path, into: out.path)
        try out.write(".rrp-outputs.json", "{\"files\": [")
        try Self.removeCameroon(from: plan)
        let outcome = try Self.compile(plan.path, into: out.path)
        #expect(outcome.removed.isEmpty)
        #expect(outcome.warnings == [.manifestInvalid(path: out.path + "/.rrp-outputs.json", reason: "it is not a valid output manifest")])
        #expect(FileManager.default.fileExists(atPath: out.path + "/country-CMR.html"))
    }

    @Test func recompilingGivesTheSameBytesManifestIncluded() throws {
        let a = try TemporaryDirectory(), b = try TemporaryDirectory()
        defer { a.remove(); b.remove() }
        _ = try Self.compile(RenderFixture.folder, into: a.path)
        let manifest = FileManager.default.contents(atPath: a.path + "/.rrp-outputs.json")
        let again = try Self.compile(RenderFixture.folder, into: a.path)
        #expect(again.removed.isEmpty && again.warnings.isEmpty)
        _ = try Self.compile(RenderFixture.folder, into: b.path)
        #expect(manifest != nil)
        #expect(FileManager.default.contents(atPath: a.path + "/.rrp-outputs.json") == manifest)
        #expect(FileManager.default.contents(atPath: b.path + "/.rrp-outputs.json") == manifest)
        let listed = try OutputManifest.parse(Array(manifest!)).get().files
        #expect(listed.map(\.name) == again.files.map { ($0 as NSString).lastPathComponent })
        for entry in listed { #expect(entry.matches(Array(FileManager.default.contents(atPath: a.path + "/" + entry.name)!)), "\(entry.name)") }
    }
}
