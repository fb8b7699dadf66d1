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
        let result = try RRPProcess.run(["check", "--format", "line", "."], in: dir.path)
        #expect(result.status == 1)
        #expect(result.stdout == "./TCD/country.md:1:1: error: Front matter opened here is never closed [syntax.unterminated-front-matter]\n")
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
