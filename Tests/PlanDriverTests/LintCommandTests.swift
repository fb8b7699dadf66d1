import Foundation
import TestSupport
import Testing

/// `rrp lint` as a user runs it: formats, baselines, changed lines.
@Suite(.serialized) struct LintCommandTests {
    let chapter = """
        ---
        chapter: country
        country: TCD
        language: en
        ---
        ## Response strategy

        UNHCR will distribute core relief items in Ouaddaï.

        ## Coordination

        The Protection Working Group is co-chaired by UNHCR and the Danish Refugee Council.

        """

    @Test func flagsTheAgencyVoiceAndLeavesCoordinationAlone() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("c.md", chapter)
        let result = try RRPProcess.run(["lint", "--format", "line", "c.md"], in: dir.path)
        #expect(result.status == 0)
        #expect(result.stdout == "c.md:8:1: warning: 'UNHCR will distribute' presents one agency as the actor of the response [language.agency-as-actor]\n")
        let strict = try RRPProcess.run(["lint", "--warnings-as-errors", "c.md"], in: dir.path)
        #expect(strict.status == 1)
    }

    @Test func githubAnnotations() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("c.md", chapter)
        let result = try RRPProcess.run(["lint", "--format", "github", "c.md"], in: dir.path)
        #expect(result.stdout.hasPrefix("::warning file=c.md,line=8,col=1,endLine=8,endColumn=22,title=language.agency-as-actor::"))
    }

    @Test func baselineHidesKnownFindingsOnly() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = try dir.write("c.md", chapter)
        let written = try RRPProcess.run(["lint", "--write-baseline", "baseline.json", "c.md"], in: dir.path)
        #expect(written.status == 0)
        #expect(written.stderr.contains("recorded 1 finding in baseline.json"))
        // An edit above the old finding moves it down a line: still known.
        let edited = chapter.replacingOccurrences(of: "## Response strategy\n", with: "## Response strategy\n\nA new opening line.\n")
            + "Our teams will also visit Sila.\n"
        try Data(edited.utf8).write(to: URL(fileURLWithPath: path))
        let result = try RRPProcess.run(["lint", "--format", "line", "--baseline", "baseline.json", "c.md"], in: dir.path)
        #expect(result.stdout.split(separator: "\n").count == 1)
        #expect(result.stdout.contains("[language.first-person]"))
    }

    @Test func changedSinceReportsOnlyChangedLines() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = try dir.write("c.md", chapter)
        for args in [["init", "-q"], ["add", "."], ["-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "base"]] {
            let git = Process()
            git.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            git.arguments = ["git"] + args
            git.currentDirectoryURL = URL(fileURLWithPath: dir.path)
            try git.run()
            git.waitUntilExit()
        }
        try Data((chapter + "WFP will provide cash to every household.\n").utf8).write(to: URL(fileURLWithPath: path))
        let result = try RRPProcess.run(["lint", "--format", "line", "--changed-since", "HEAD", "c.md"], in: dir.path)
        #expect(result.stdout.split(separator: "\n").map { $0.prefix(8) } == ["c.md:13:"])
        let unknownRef = try RRPProcess.run(["lint", "--changed-since", "no-such-ref", "c.md"], in: dir.path)
        #expect(unknownRef.status == 2)
        #expect(unknownRef.stderr.contains("--changed-since no-such-ref"))
    }

    @Test func checkIncludesTheLanguageRules() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("c.md", chapter)
        let result = try RRPProcess.run(["check", "--format", "line", "c.md"], in: dir.path)
        #expect(result.stdout.contains("[language.agency-as-actor]"))
    }
}
