import Foundation
import PlanDiagnostics
import PlanModel
import Testing
@testable import PlanLint

struct ChangedLinesTests {
    static let diff = """
        diff --git a/chapters/chad.md b/chapters/chad.md
        index 1111111..2222222 100644
        --- a/chapters/chad.md
        +++ b/chapters/chad.md
        @@ -3 +3 @@ intro
        -old
        +new
        @@ -10,0 +11,2 @@
        +added one
        +added two
        @@ -20,3 +21,0 @@
        diff --git a/gone.md b/gone.md
        --- a/gone.md
        +++ /dev/null
        @@ -1,2 +0,0 @@
        """

    @Test func parsesHunksIntoLineSets() {
        let changed = ChangedLines.parse(diff: Self.diff)
        #expect(changed.lines == ["chapters/chad.md": [3, 11, 12]])
        #expect(changed.contains(file: "chapters/chad.md", line: 12))
        #expect(!changed.contains(file: "chapters/chad.md", line: 21))
    }

    @Test func filtersDiagnosticsToChangedLines() {
        let changed = ChangedLines.parse(diff: Self.diff)
        func at(_ line: Int) -> Diagnostic {
            let l = SourceLocation(line: line, column: 1, offset: 0)
            return Rule(id: "language.first-person", severity: .warning, summary: "x", explanation: "x").diagnostic(file: "chapters/chad.md", range: SourceRange(at: l), summary: "x")
        }
        #expect(changed.filter([at(3), at(4), at(11)]).map { $0.range!.start.line } == [3, 11])
    }

    @Test func pathsAreResolvedAgainstTheRepositoryRoot() {
        let changed = ChangedLines.parse(diff: Self.diff, root: "/repo")
        #expect(changed.contains(file: "/repo/chapters/chad.md", line: 3))
        #expect(!changed.contains(file: "/elsewhere/chapters/chad.md", line: 3))
    }

    @Test func runsGitForARef() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("rrp-git-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        func git(_ args: String...) throws { _ = try ChangedLines.git(["-c", "user.email=t@example.org", "-c", "user.name=t"] + args, in: dir) }
        try git("init", "-q")
        try "one\ntwo\nthree\n".write(toFile: dir + "/a.md", atomically: true, encoding: .utf8)
        try git("add", "a.md")
        try git("commit", "-qm", "start")
        try "one\nTWO\nthree\nfour\n".write(toFile: dir + "/a.md", atomically: true, encoding: .utf8)
        try "new\n".write(toFile: dir + "/b.md", atomically: true, encoding: .utf8)
        let changed = try ChangedLines.since("HEAD", in: dir)
        #expect(changed.lines["a.md"] == [2, 4])
        #expect(changed.wholeFiles == ["b.md"])
        #expect(changed.contains(file: changed.root! + "/b.md", line: 1))
        #expect(throws: GitError.self) { try ChangedLines.since("no-such-ref", in: dir) }
    }
}
