import Foundation
import PlanSyntax
import Testing

@Suite struct AtomicFileTests {
    static func folder() throws -> String {
        let path = NSTemporaryDirectory() + "rrp-atomic-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func replacesContentAndKeepsPermissions() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/chapter.md"
        try Data("old".utf8).write(to: URL(fileURLWithPath: path))
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: path)
        try AtomicFile.write(Array("new é".utf8), to: path)
        #expect(FileManager.default.contents(atPath: path) == Data("new é".utf8))
        let permissions = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(permissions == 0o640)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["chapter.md"])
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
}
