import Foundation
import TestSupport
import Testing

/// `rrp init` never writes through a name that is taken, and never leaves half a repository.
@Suite struct InitTargetsTests {
    /// A dangling `plan` link: every target is checked first, the link counts as existing, and
    /// nothing is written (before: a raw Foundation error, exit 2, four files written).
    @Test func aDanglingLinkIsListedAndNothingIsWritten() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try FileManager.default.createDirectory(atPath: dir.path + "/repo", withIntermediateDirectories: false)
        try FileManager.default.createSymbolicLink(atPath: dir.path + "/repo/plan", withDestinationPath: "gone")
        let result = try RRPProcess.run(["init", "repo", "--rrpkit-path", "/opt/RRPKit"], in: dir.path)
        #expect(result.status == 1)
        #expect(result.stderr == "rrp init: error: these files exist already, nothing was written:\n  repo/plan (a symbolic link that points nowhere)\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path + "/repo") == ["plan"])
    }

    @Test func aDanglingLinkAsTheFolderIsAnError() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try FileManager.default.createSymbolicLink(atPath: dir.path + "/repo", withDestinationPath: "gone")
        let result = try RRPProcess.run(["init", "repo"], in: dir.path)
        #expect(result.status == 1)
        #expect(result.stderr == "rrp init: error: repo is a symbolic link that does not lead to a folder; nothing was written\n")
        #expect(!FileManager.default.fileExists(atPath: dir.path + "/gone"))
    }

    /// A write that fails half way (every file limited to 512 bytes, as on a full disk) removes
    /// what was written before it.
    @Test func aFailedWriteLeavesNothingBehind() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let result = try RRPProcess.run(["init", "repo", "--rrpkit-path", "/opt/RRPKit"], in: dir.path, fileSizeLimit: 512)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("rrp init: error: cannot write repo/"), "\(result.stderr)")
        #expect(result.stderr.hasSuffix(": File too large; nothing was written\n"), "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }
}
