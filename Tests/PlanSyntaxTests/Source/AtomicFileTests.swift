import Foundation
import PlanSyntax
import TestSupport
import Testing

@Suite struct AtomicFileTests {
    static func folder() throws -> String {
        let path = NSTemporaryDirectory() + "rrp-atomic-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// A file at `path` holding `text` with `mode`.
    static func make(_ path: String, _ text: String, mode: Int) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: path)
    }

    @Test func replacesContentAndKeepsPermissions() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/chapter.md"
        try Self.make(path, "old", mode: 0o640)
        try AtomicFile.write(Array("new é".utf8), to: path)
        #expect(FileManager.default.contents(atPath: path) == Data("new é".utf8))
        let permissions = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(permissions == 0o640)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["chapter.md"])
        // Not the setuid, setgid and sticky bits.
        try FileManager.default.setAttributes([.posixPermissions: 0o7750], ofItemAtPath: path)
        try AtomicFile.write(Array("newer".utf8), to: path)
        #expect(FileModes.of(path) == 0o750)
    }

    @Test func createsANewFile() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try AtomicFile.write([], to: dir + "/new.md")
        #expect(FileManager.default.contents(atPath: dir + "/new.md") == Data())
    }

    @Test func missingFolderThrows() {
        #expect(throws: AtomicFile.WriteError.self) { try AtomicFile.write([1], to: "/nonexistent-rrp-folder/x.md") }
    }

    /// A link at the name is replaced, and the file it points to lends nothing: not its mode
    /// (setuid included), not its bytes.
    @Test func aLinkIsReplacedWithoutTakingItsTargetsMode() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let target = dir + "/tool"
        try Self.make(target, "#!/bin/sh\n", mode: 0o4755)
        try FileManager.default.createSymbolicLink(atPath: dir + "/chapter.md", withDestinationPath: target)
        try AtomicFile.write(Array("new".utf8), to: dir + "/chapter.md")
        #expect(FileModes.of(dir + "/chapter.md") == FileModes.newFile)
        #expect(FileManager.default.contents(atPath: dir + "/chapter.md") == Data("new".utf8))
        #expect(FileModes.of(target) == 0o4755)
        #expect(FileManager.default.contents(atPath: target) == Data("#!/bin/sh\n".utf8))
        // A dangling link too.
        try FileManager.default.createSymbolicLink(atPath: dir + "/other.md", withDestinationPath: dir + "/nowhere")
        try AtomicFile.write(Array("x".utf8), to: dir + "/other.md")
        #expect(FileModes.of(dir + "/other.md") == FileModes.newFile)
        #expect(!FileManager.default.fileExists(atPath: dir + "/nowhere"))
    }

    @Test func aNewFileGetsTheFixedMode() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try AtomicFile.write(Array("x".utf8), to: dir + "/new.md")
        #expect(FileModes.of(dir + "/new.md") == FileModes.newFile)
    }

    @Test func aStagedFileChangesNothingUntilPublished() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Data("old".utf8).write(to: URL(fileURLWithPath: dir + "/a.md"))
        let staged = try Array("new".utf8).withUnsafeBytes { try AtomicFile.stage($0, for: dir + "/a.md") }
        let name = (staged.temporary as NSString).lastPathComponent
        #expect(AtomicFile.target(ofTemporary: name) == "a.md")
        #expect(FileManager.default.contents(atPath: dir + "/a.md") == Data("old".utf8))
        try staged.publish()
        #expect(FileManager.default.contents(atPath: dir + "/a.md") == Data("new".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["a.md"])
        let discarded = try Array("newer".utf8).withUnsafeBytes { try AtomicFile.stage($0, for: dir + "/a.md") }
        discarded.discard()
        #expect(FileManager.default.contents(atPath: dir + "/a.md") == Data("new".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["a.md"])
    }

    @Test(arguments: [
        (".a.md.rrp-AbC123", "a.md"), (".regional.html.rrp-000000", "regional.html"), ("..rrp-outputs.json.rrp-zzzzzz", ".rrp-outputs.json"),
        (".a.md.rrp-AbC12", nil), (".a.md.rrp-AbC1234", nil), ("a.md.rrp-AbC123", nil), (".a.md.tmp-AbC123", nil),
        (".a.md.rrp-AbC-23", nil), ("..rrp-AbC123", nil), (".rrp-outputs.json", nil),
    ] as [(String, String?)])
    func temporaryNamesAreRecognised(name: String, target: String?) {
        #expect(AtomicFile.target(ofTemporary: name) == target)
    }

    /// What a killed `rrp` leaves is removed; a live writer's temporary (locked), a link or a
    /// folder of that name, names of another pattern and temporaries of other targets stay.
    @Test func onlyAbandonedTemporariesOfTheGivenTargetsAreRemoved() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let outside = dir + "-outside"
        try Data("keep".utf8).write(to: URL(fileURLWithPath: outside))
        defer { try? FileManager.default.removeItem(atPath: outside) }
        for name in [".a.md.rrp-AbC123", ".a.md.rrp-Zz9999", ".a.md.rrp-AbC12", "a.md.rrp-AbC123", ".a.md.tmp-AbC123", ".notes.txt.rrp-AbC123", ".live.md.rrp-LiVe01", "a.md"] {
            try Data("x".utf8).write(to: URL(fileURLWithPath: dir + "/" + name))
        }
        try FileManager.default.createSymbolicLink(atPath: dir + "/.b.md.rrp-LiNk01", withDestinationPath: outside)
        try FileManager.default.createDirectory(atPath: dir + "/.b.md.rrp-DiR001", withIntermediateDirectories: false)
        let live = open(dir + "/.live.md.rrp-LiVe01", O_RDONLY)
        defer { close(live) }
        #expect(flock(live, LOCK_EX) == 0)
        let removed = AtomicFile.removeAbandonedTemporaries(in: dir) { $0.hasSuffix(".md") }
        #expect(removed == [dir + "/.a.md.rrp-AbC123", dir + "/.a.md.rrp-Zz9999"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == [
            ".a.md.rrp-AbC12", ".a.md.tmp-AbC123", ".b.md.rrp-DiR001", ".b.md.rrp-LiNk01", ".live.md.rrp-LiVe01", ".notes.txt.rrp-AbC123", "a.md", "a.md.rrp-AbC123",
        ])
        #expect(FileManager.default.contents(atPath: outside) == Data("keep".utf8))
    }
}
