import PlanSyntax
import TestSupport
import Testing

/// A folder read ahead is what the walk would read, handed out once and only for its own path.
@Suite(.serialized) struct FolderReadAheadTests {
    @Test func givesWhatTheWalkReadsOnceAndOnlyForItsPath() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        for path in ["plan/plan.md", "plan/TCD/protection.md", "plan/CMR/education.md"] { try dir.write(path, "x " + path) }
        let path = dir.path + "/plan"
        FolderReadAhead.start(path)
        #expect(FolderReadAhead.take(dir.path + "/plan/") == nil)
        let read = try #require(FolderReadAhead.take(path))
        let walked = InputWalk.folder(path)
        #expect(read.files.map(\.name) == walked.files.map(\.name))
        #expect(read.files.map(\.path) == walked.files.map(\.path))
        #expect(read.files.map(\.bytes) == walked.files.map(\.bytes))
        #expect(read.isReadable && read.diagnostics.isEmpty)
        #expect(FolderReadAhead.take(path) == nil)
    }

    @Test func aFolderThatCannotBeReadGivesTheWalksDiagnostics() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = dir.path + "/missing"
        FolderReadAhead.start(path)
        let read = try #require(FolderReadAhead.take(path))
        #expect(!read.isReadable)
        #expect(read.diagnostics.map(\.id.rawValue) == InputWalk.folder(path).diagnostics.map(\.id.rawValue))
    }
}
