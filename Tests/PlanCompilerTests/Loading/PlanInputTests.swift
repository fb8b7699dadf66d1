import Foundation
import PlanDiagnostics
import PlanModel
import PlanSyntax
import TestSupport
import Testing
@testable import PlanCompiler

/// The sample plan read from disk through the input walk: what the compiled plan records about
/// its files, whatever the folder's spelling, and chapters that nearly went missing.
@Suite struct PlanInputTests {
    /// A copy of the sample plan in a fresh folder, as `<dir>/plan`.
    static func samplePlan() throws -> TemporaryDirectory {
        let dir = try TemporaryDirectory()
        try FileManager.default.copyItem(atPath: PackageRoot.path("Samples/lake-basin-rrp"), toPath: dir.path + "/plan")
        return dir
    }

    @Test func planJSONIsTheSameHoweverTheFolderIsSpelledAndDiagnosticsKeepTheSpelling() throws {
        let dir = try Self.samplePlan()
        defer { dir.remove() }
        try dir.link("alias", to: "plan")
        // A chapter without its situation analysis: a finding reported through the plan's records.
        let education = dir.path + "/plan/TCD/education.md"
        let text = try String(contentsOfFile: education, encoding: .utf8)
        try dir.write("plan/TCD/education.md", text.replacingOccurrences(of: "## Analyse de la situation", with: "## Autre chose"))
        // Two parts out of order (the plan asks for strict order): a finding with a note, both at the chapter.
        let planFile = try String(contentsOfFile: dir.path + "/plan/plan.md", encoding: .utf8)
        try dir.write("plan/plan.md", planFile.replacingOccurrences(of: "\npartners:\n", with: "\nsections:\n  order: strict\npartners:\n"))
        let cmr = try String(contentsOfFile: dir.path + "/plan/CMR/education.md", encoding: .utf8)
        try dir.write("plan/CMR/education.md", cmr.replacingOccurrences(of: "## Situation analysis", with: "## X")
            .replacingOccurrences(of: "## Needs and vulnerabilities", with: "## Situation analysis").replacingOccurrences(of: "## X", with: "## Needs and vulnerabilities"))
        var outputs: [[UInt8]] = []
        for spelling in [dir.path + "/plan", dir.path + "/./plan/", dir.path + "/alias"] {
            let c = PlanCompiler.compile(directory: spelling)
            let plan = try #require(c.plan)
            #expect(plan.file == "plan.md")
            #expect(plan.place(.country(CountryCode("TCD")))?.narrative?.file == "TCD/country.md")
            outputs.append(PlanJSON.encode(plan))
            let missing = c.diagnostics.filter { $0.id == "section.missing" }
            let folder = spelling + (spelling.hasSuffix("/") ? "" : "/")
            #expect(missing.map(\.file) == [folder + "TCD/education.md"])
            let order = c.diagnostics.filter { $0.id == "section.order" }
            #expect(order.map(\.file) == [folder + "CMR/education.md"])
            #expect(order.flatMap(\.notes).map(\.file) == [folder + "CMR/education.md"])
        }
        #expect(outputs[0] == outputs[1] && outputs[1] == outputs[2])
        let json = String(decoding: outputs[0], as: UTF8.self)
        #expect(json.contains("\"file\":\"TCD/education.md\""))
        #expect(!json.contains(dir.path))
    }

    @Test(arguments: ["\n", "\n\n  \n", "\u{FEFF}\u{FEFF}", "\u{FEFF}\n\u{FEFF}"])
    func aChapterPushedOffTheFirstLineIsAnErrorAndItsMoneyIsNotLost(_ prefix: String) throws {
        let dir = try Self.samplePlan()
        defer { dir.remove() }
        let before = try #require(PlanCompiler.compile(directory: dir.path + "/plan").plan?.consolidation.total)
        let path = dir.path + "/plan/TCD/protection.md"
        let original = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        try dir.write("plan/TCD/protection.md", bytes: Array(prefix.utf8) + original)
        let c = PlanCompiler.compile(directory: dir.path + "/plan")
        let d = try #require(c.diagnostics.first { $0.id == "syntax.front-matter-not-at-start" })
        #expect(d.severity == .error && c.hasErrors)
        #expect(d.file == path)
        #expect(d.range?.start.line == 1 && d.range?.start.column == 1)
        #expect(!c.diagnostics.contains { $0.id == "plan.not-a-chapter" })
        // The chapter is still read: its money is in the totals (and the error stops any output).
        #expect(c.plan?.consolidation.total == before)
        // The fix-it removes exactly what came before '---' (a first byte-order mark may stay).
        let fix = try #require(d.fixIts.first)
        #expect(fix.replacement.isEmpty)
        var fixed = Array(prefix.utf8) + original
        fixed.removeSubrange(fix.range.start.offset..<fix.range.end.offset)
        #expect(fixed == (prefix.hasPrefix("\u{FEFF}") ? [0xEF, 0xBB, 0xBF] : []) + original)
    }

    @Test func anUnreadablePlanFolderIsSaidToBeUnreadableNotEmpty() throws {
        let dir = try Self.samplePlan()
        defer { dir.remove() }
        let c = PlanCompiler.compile(directory: dir.path + "/plan/plan.md/")
        #expect(c.diagnostics.map(\.id) == ["io.unreadable"])
        #expect(c.diagnostics.first?.summary.hasPrefix("Cannot read this folder") == true)
    }

    @Test func everyFileCarriesTheLanguageThePlanGivesIt() throws {
        let dir = try Self.samplePlan()
        defer { dir.remove() }
        try dir.write("plan/README.md", "# Notes\n")
        try dir.write("plan/TCD/logistics.md", "---\nchapter: sector\ncountry: TCD\nsector: logistics\nlanguage: es\n---\n## Análisis\n")
        let c = PlanCompiler.compile(directory: dir.path + "/plan")
        let plan = try #require(c.plan)
        let language = { (name: String) in c.files.first { $0.source.file.name == name }?.language }
        let tcd = try #require(plan.place(.country(CountryCode("TCD"))))
        // TCD's country chapter says `language: fr`; its sector chapters say nothing.
        #expect(tcd.language == "fr")
        #expect(language("TCD/protection.md") == "fr")
        #expect(tcd.sectors.allSatisfy { $0.language == "fr" })
        #expect(language("CMR/protection.md") == "en")
        #expect(language("plan.md") == "en")
        // Outside the plan: not a chapter (the plan's language), left out by an error (its own).
        #expect(language("README.md") == "en")
        #expect(language("TCD/logistics.md") == "es")
        #expect(c.files.filter { !$0.inPlan }.map(\.source.file.name) == ["README.md", "TCD/logistics.md"])
        guard case .sector(let header) = c.files.first(where: { $0.source.file.name == "TCD/protection.md" })?.header else {
            Issue.record("TCD/protection.md is not a sector chapter")
            return
        }
        #expect(header.place.value == .country(CountryCode("TCD")))
    }

    /// `rrp lint`'s resolve (identity headers, narratives without text) gives every file the
    /// language and place the full compile gives it.
    @Test func theLintResolveAgreesWithTheFullCompile() throws {
        let dir = try Self.samplePlan()
        defer { dir.remove() }
        try dir.write("plan/TCD/logistics.md", "---\nchapter: sector\ncountry: TCD\nsector: logistics\nlanguage: es\npopulation: many\n---\n## Análisis\n")
        let full = PlanCompiler.compile(directory: dir.path + "/plan")
        let lean = PlanCompiler.compile(folder: InputWalk.folder(dir.path + "/plan"), parser: FrontMatterParser.parseIdentity, resolveOnly: true)
        #expect(full.files.count == lean.files.count && full.files.count > 3)
        for (a, b) in zip(full.files, lean.files) {
            #expect(a.source.file.name == b.source.file.name)
            #expect(a.language == b.language, "\(a.source.file.name)")
            #expect(a.inPlan == b.inPlan, "\(a.source.file.name)")
        }
        let fullSectors = try #require(full.plan).places.flatMap(\.sectors)
        let leanSectors = try #require(lean.plan).places.flatMap(\.sectors)
        #expect(fullSectors.map(\.narrative.file) == leanSectors.map(\.narrative.file))
        #expect(fullSectors.allSatisfy { !$0.narrative.markdown.isEmpty } && leanSectors.allSatisfy { $0.narrative.markdown.isEmpty })
    }
}
