import Foundation
import TestSupport
import Testing

/// `rrp check` as a user runs it: output lines and exit statuses.
@Suite struct CheckCommandTests {
    @Test func invalidUTF8GivesOnePreciseErrorAndExitOne() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("bad.md", bytes: Array("# Titre\n\nCaf".utf8) + [0xE9] + Array("\n".utf8))
        let result = try RRPProcess.run(["check", "--format", "line", "bad.md"], in: dir.path)
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("bad.md:3:4: error: "))
        #expect(result.stdout.hasSuffix("[syntax.invalid-utf8]\n"))
        #expect(result.stdout.split(separator: "\n").count == 1)
    }

    @Test func unterminatedFrontMatterPointsAtItsOpeningLine() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("TCD/country.md", "---\nchapter: country\ncountry: TCD\n\n## Analyse\n")
        let result = try RRPProcess.run(["check", "--format", "line", "TCD/country.md"], in: dir.path)
        #expect(result.status == 1)
        #expect(result.stdout == "TCD/country.md:1:1: error: Front matter opened here is never closed [syntax.unterminated-front-matter]\n")
    }

    @Test func textFormatQuotesTheLineWithACaret() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("c.md", "---\nchapter: country\n")
        let result = try RRPProcess.run(["check", "c.md"], in: dir.path)
        #expect(result.stdout.contains(" 1 | ---\n   | ^~~\n"))
        #expect(result.stderr.contains("rrp: 1 file checked: 1 error"))
    }

    @Test func missingPathIsAnError() throws {
        let result = try RRPProcess.run(["check", "--format", "line", "no/such/plan"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("no/such/plan: error: No such file or folder [io.unreadable]"))
    }

    @Test func wrongInvocationExitsTwo() throws {
        #expect(try RRPProcess.run(["check"]).status == 2)
        #expect(try RRPProcess.run(["check", "--format", "xml", "."]).status == 2)
        #expect(try RRPProcess.run(["frobnicate"]).status == 2)
        #expect(try RRPProcess.run(["check", "--severity", "x=loud", "."]).status == 2)
    }

    @Test func versionAndHelp() throws {
        let version = try RRPProcess.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3)
        let help = try RRPProcess.run(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("check"))
    }

    @Test func jsonFormatIsVersioned() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("c.md", "---\n")
        let result = try RRPProcess.run(["check", "--format", "json", "c.md"], in: dir.path)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(object?["version"] as? Int == 1)
        #expect((object?["summary"] as? [String: Any])?["errors"] as? Int == 1)
    }

    @Test func explainPrintsARuleAndSuggestsNearMisses() throws {
        let ok = try RRPProcess.run(["explain", "syntax.invalid-utf8"])
        #expect(ok.status == 0)
        #expect(ok.stdout.contains("UTF-8"))
        let typo = try RRPProcess.run(["explain", "syntax.invalid-utf9"])
        #expect(typo.status == 2)
        #expect(typo.stderr.contains("Did you mean 'syntax.invalid-utf8'?"))
    }
}

/// `rrp check` on plan folders compiles the whole plan.
@Suite struct CheckPlanFolderTests {
    @Test func theSamplePlanHasNoProblems() throws {
        let result = try RRPProcess.run(["check", "--format", "line", "--warnings-as-errors", "Samples/lake-basin-rrp"])
        #expect(result.status == 0)
        // Only the note of the sample's total-only chapter (NER livelihoods).
        // --warnings-as-errors and status 0: no error or warning; only the note of the sample's
        // total-only chapter (NER livelihoods).
        #expect(result.stdout.contains("NER/livelihoods.md") && result.stdout.contains("budget.not-broken-down"))
        #expect(result.stderr.contains("files checked: no problems"))
    }

    @Test func aGovernmentRequirementFailsTheCheckAtItsLine() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let sample = PackagePaths.path("Samples/lake-basin-rrp")
        try FileManager.default.removeItem(atPath: dir.path)
        try FileManager.default.copyItem(atPath: sample, toPath: dir.path)
        let plan = (dir.path as NSString).appendingPathComponent("plan.md")
        var text = String(decoding: FileManager.default.contents(atPath: plan)!, as: UTF8.self)
        text = text.replacingOccurrences(of: "partners:\n", with: "partners:\n  MINSANTE:\n    name: Ministry of Health\n    type: government\n")
        try Data(text.utf8).write(to: URL(fileURLWithPath: plan))
        let chapter = try #require(PathWalk.firstSectorChapter(in: dir.path))
        var body = String(decoding: FileManager.default.contents(atPath: chapter)!, as: UTF8.self)
        body = body.replacingOccurrences(of: "requirements:\n", with: "requirements:\n  MINSANTE: USD 1,000,000\n")
        try Data(body.utf8).write(to: URL(fileURLWithPath: chapter))
        let line = body.components(separatedBy: "\n").firstIndex { $0.contains("MINSANTE") }! + 1
        let result = try RRPProcess.run(["check", "--format", "line", dir.path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("\(chapter):\(line):3: error:"))
        #expect(result.stdout.contains("[budget.government-requirement]"))
    }
}

/// Finds chapters in a copied sample.
enum PathWalk {
    static func firstSectorChapter(in folder: String) -> String? {
        let enumerator = FileManager.default.enumerator(atPath: folder)
        var candidates: [String] = []
        while let entry = enumerator?.nextObject() as? String {
            let path = (folder as NSString).appendingPathComponent(entry)
            guard entry.hasSuffix(".md"), let data = FileManager.default.contents(atPath: path) else { continue }
            let text = String(decoding: data, as: UTF8.self)
            if text.contains("chapter: sector"), text.contains("\nrequirements:\n") { candidates.append(path) }
        }
        return candidates.sorted().first
    }
}
