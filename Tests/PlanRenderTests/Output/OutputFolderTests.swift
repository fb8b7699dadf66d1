import Dispatch
import Foundation
import PlanRender
import TestSupport
import Testing

/// Stale files and the output manifest, with files made in memory (`rrp compile` itself:
/// StaleCompileTests).
@Suite(.serialized) struct OutputFolderTests {
    static func files(_ names: String...) -> [OutputFile] { names.map { OutputFile(name: $0, text: "content of \($0)") } }

    static func names(_ dir: TemporaryDirectory) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
    }

    static func text(_ path: String) -> String? {
        FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
    }

    @Test func aFullWriteRemovesWhatItNoLongerProduces() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let first = try OutputFolder.write(Self.files("a.html", "b.html", "c.csv"), into: dir.path, partial: false)
        #expect(first.removed.isEmpty && first.warnings.isEmpty)
        #expect(first.manifest == dir.path + "/.rrp-outputs.json")
        let second = try OutputFolder.write(Self.files("a.html"), into: dir.path, partial: false)
        #expect(second.removed == [dir.path + "/b.html", dir.path + "/c.csv"])
        #expect(second.warnings.isEmpty)
        #expect(try Self.names(dir) == [".rrp-outputs.json", ".rrp-outputs.lock", "a.html"])
        let manifest = try OutputManifest.parse(Array(FileManager.default.contents(atPath: second.manifest)!)).get()
        #expect(manifest.files.map(\.name) == ["a.html"])
    }

    @Test func aModifiedStaleFileIsKeptWithAWarningEveryTime() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        _ = try OutputFolder.write(Self.files("a.html", "b.html"), into: dir.path, partial: false)
        try dir.write("b.html", "content of b.html, edited by hand")
        for _ in 0..<2 {
            let report = try OutputFolder.write(Self.files("a.html"), into: dir.path, partial: false)
            #expect(report.removed.isEmpty)
            #expect(report.warnings == [.staleModified(path: dir.path + "/b.html")])
            #expect(report.warnings[0].description.contains("b.html is stale (no longer produced) and was kept because it was modified"))
        }
        #expect(Self.text(dir.path + "/b.html") == "content of b.html, edited by hand")
        // Restored to what rrp wrote: now it is removed.
        try dir.write("b.html", "content of b.html")
        let report = try OutputFolder.write(Self.files("a.html"), into: dir.path, partial: false)
        #expect(report.removed == [dir.path + "/b.html"] && report.warnings.isEmpty)
    }

    @Test func filesNotInTheManifestAreNeverTouched() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("notes.txt", "mine")
        try dir.write("country-NER.html", "an older rrp's file, before manifests")
        _ = try OutputFolder.write(Self.files("a.html", "b.html"), into: dir.path, partial: false)
        let report = try OutputFolder.write(Self.files("a.html"), into: dir.path, partial: false)
        #expect(report.removed == [dir.path + "/b.html"])
        #expect(try Self.names(dir) == [".rrp-outputs.json", ".rrp-outputs.lock", "a.html", "country-NER.html", "notes.txt"])
        #expect(Self.text(dir.path + "/notes.txt") == "mine")
    }

    @Test func aPartialWriteRemovesNothingAndKeepsTheOtherEntries() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        _ = try OutputFolder.write(Self.files("country-A.html", "country-B.html", "regional.html"), into: dir.path, partial: false)
        let partial = try OutputFolder.write([OutputFile(name: "country-A.html", text: "new A")], into: dir.path, partial: true)
        #expect(partial.removed.isEmpty && partial.warnings.isEmpty)
        #expect(try Self.names(dir) == [".rrp-outputs.json", ".rrp-outputs.lock", "country-A.html", "country-B.html", "regional.html"])
        let manifest = try OutputManifest.parse(Array(FileManager.default.contents(atPath: partial.manifest)!)).get()
        #expect(manifest.files.map(\.name) == ["country-A.html", "country-B.html", "regional.html"])
        #expect(manifest.files[0] == OutputManifest.Entry(name: "country-A.html", bytes: Array("new A".utf8)))
        // The next full write still knows B and the regional document are its own.
        let full = try OutputFolder.write([OutputFile(name: "country-A.html", text: "new A")], into: dir.path, partial: false)
        #expect(full.removed == [dir.path + "/country-B.html", dir.path + "/regional.html"])
    }

    @Test(arguments: ["{ not json", #"{"schema": "rrpkit-outputs", "schemaVersion": 1, "files": [{"name": "../victim.txt", "size": 4, "hash": "0"}]}"#])
    func anUntrustedManifestRemovesNothingAndIsReplaced(manifest: String) throws {
        let parent = try TemporaryDirectory()
        defer { parent.remove() }
        let victim = try parent.write("victim.txt", "keep")
        let dir = parent.path + "/out"
        _ = try OutputFolder.write(Self.files("a.html", "b.html"), into: dir, partial: false)
        try Data(manifest.utf8).write(to: URL(fileURLWithPath: dir + "/.rrp-outputs.json"))
        let report = try OutputFolder.write(Self.files("a.html"), into: dir, partial: false)
        #expect(report.removed.isEmpty)
        #expect(report.warnings.count == 1)
        guard case .manifestInvalid(let path, _) = report.warnings.first else { Issue.record("\(report.warnings)"); return }
        #expect(path == dir + "/.rrp-outputs.json")
        #expect(report.warnings[0].description.contains("no stale file was removed"))
        #expect(FileManager.default.fileExists(atPath: dir + "/b.html"))
        #expect(Self.text(victim) == "keep")
        // The new manifest is trusted again.
        let next = try OutputFolder.write(Self.files("a.html"), into: dir, partial: false)
        #expect(next.warnings.isEmpty && next.removed.isEmpty)
    }

    @Test func aStaleNameThatIsNowALinkIsNotFollowed() throws {
        let parent = try TemporaryDirectory()
        defer { parent.remove() }
        let outside = try parent.write("outside.html", "content of b.html")
        let dir = parent.path + "/out"
        _ = try OutputFolder.write(Self.files("a.html", "b.html"), into: dir, partial: false)
        try FileManager.default.removeItem(atPath: dir + "/b.html")
        try FileManager.default.createSymbolicLink(atPath: dir + "/b.html", withDestinationPath: outside)
        let report = try OutputFolder.write(Self.files("a.html"), into: dir, partial: false)
        #expect(report.removed.isEmpty)
        #expect(report.warnings == [.staleNotAFile(path: dir + "/b.html")])
        #expect(Self.text(outside) == "content of b.html")
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: dir + "/b.html")) == outside)
    }

    @Test func aStaleFileAlreadyDeletedIsForgotten() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        _ = try OutputFolder.write(Self.files("a.html", "b.html"), into: dir.path, partial: false)
        try FileManager.default.removeItem(atPath: dir.path + "/b.html")
        let report = try OutputFolder.write(Self.files("a.html"), into: dir.path, partial: false)
        #expect(report.removed.isEmpty && report.warnings.isEmpty)
        let manifest = try OutputManifest.parse(Array(FileManager.default.contents(atPath: report.manifest)!)).get()
        #expect(manifest.files.map(\.name) == ["a.html"])
    }

    @Test func aNameThatIsNotPlainIsRefusedBeforeAnythingIsWritten() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        #expect(throws: RenderError.self) { try OutputFolder.write(Self.files("a.html", "../b.html"), into: dir.path + "/out", partial: false) }
        #expect(!FileManager.default.fileExists(atPath: dir.path + "/out"))
        #expect(!FileManager.default.fileExists(atPath: dir.path + "/b.html"))
    }

    @Test func sameFilesGiveTheSameManifestBytes() throws {
        let a = try TemporaryDirectory(), b = try TemporaryDirectory()
        defer { a.remove(); b.remove() }
        let x = try OutputFolder.write(Self.files("b.csv", "a.html"), into: a.path, partial: false)
        let y = try OutputFolder.write(Self.files("a.html", "b.csv"), into: b.path, partial: false)
        #expect(FileManager.default.contents(atPath: x.manifest) == FileManager.default.contents(atPath: y.manifest))
    }

    static func manifest(_ dir: String) throws -> OutputManifest {
        try OutputManifest.parse(Array(FileManager.default.contents(atPath: dir + "/.rrp-outputs.json") ?? Data())).get()
    }

    /// A write that fails before any file is replaced (here a name too long for its
    /// temporary) leaves the folder as it was: old files, old manifest, no new file, no
    /// temporary.
    @Test func aFailedWriteLeavesTheFolderAsItWas() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        _ = try OutputFolder.write(Self.files("a.html", "b.html"), into: dir.path, partial: false)
        let before = FileManager.default.contents(atPath: dir.path + "/.rrp-outputs.json")
        let long = String(repeating: "x", count: 250) + ".html"
        let files = [OutputFile(name: "a.html", text: "new a"), OutputFile(name: "c.html", text: "new c"), OutputFile(name: long, text: "too long a name")]
        #expect(throws: RenderError.self) { try OutputFolder.write(files, into: dir.path, partial: false) }
        #expect(try Self.names(dir) == [".rrp-outputs.json", ".rrp-outputs.lock", "a.html", "b.html"])
        #expect(Self.text(dir.path + "/a.html") == "content of a.html")
        #expect(FileManager.default.contents(atPath: dir.path + "/.rrp-outputs.json") == before)
    }

    /// A write that fails after it began to replace files (here the last name is taken by a
    /// folder) leaves the manifest in progress, listing every file it wrote; the next write
    /// finishes the folder: what the failed one wrote and no longer produced is removed.
    @Test func aWriteThatFailsWhileReplacingLeavesAManifestThatTheNextOneFinishes() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        _ = try OutputFolder.write(Self.files("a.html", "b.html"), into: dir.path, partial: false)
        try dir.write("z.html/mine.txt", "in the way")
        let failing = ["a.html", "b.html", "c.html", "z.html"].map { OutputFile(name: $0, text: "second \($0)") }
        #expect(throws: RenderError.write(path: dir.path + "/z.html", reason: "Is a directory")) { try OutputFolder.write(failing, into: dir.path, partial: false) }
        #expect(try Self.names(dir) == [".rrp-outputs.json", ".rrp-outputs.lock", "a.html", "b.html", "c.html", "z.html"])
        let left = try Self.manifest(dir.path)
        #expect(left.state == .inProgress)
        #expect(left.files.map(\.name) == ["a.html", "b.html", "c.html", "z.html"])
        #expect(left.replaced.map(\.name) == ["a.html", "b.html"])
        try FileManager.default.removeItem(atPath: dir.path + "/z.html")
        let next = try OutputFolder.write([OutputFile(name: "a.html", text: "third")], into: dir.path, partial: false)
        #expect(next.warnings == [.interrupted(path: dir.path + "/.rrp-outputs.json")])
        #expect(next.removed == [dir.path + "/b.html", dir.path + "/c.html"])
        #expect(try Self.names(dir) == [".rrp-outputs.json", ".rrp-outputs.lock", "a.html"])
        #expect(try Self.manifest(dir.path) == OutputManifest(files: [OutputManifest.Entry(name: "a.html", bytes: Array("third".utf8))]))
    }

    /// An interrupted write's files are told apart by their bytes: the earlier ones and the new
    /// ones are both its own; one edited since is kept with a warning; a partial write keeps
    /// them all listed.
    @Test func anInterruptedWritesFilesAreResolvedByTheirBytes() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let old = OutputManifest.Entry(name: "a.html", bytes: Array("old a".utf8))
        let new = ["a.html", "b.html", "c.html", "d.html"].map { OutputManifest.Entry(name: $0, bytes: Array("new \($0)".utf8)) }
        try dir.write("a.html", "old a")          // not replaced yet
        try dir.write("b.html", "new b.html")     // replaced
        try dir.write("c.html", "edited by hand") // replaced, then edited
        // d.html: never written
        try dir.write(".rrp-outputs.json", bytes: OutputManifest(files: new, state: .inProgress, replaced: [old]).encoded())
        let partial = try OutputFolder.write([OutputFile(name: "e.html", text: "e")], into: dir.path, partial: true)
        #expect(partial.warnings == [.interrupted(path: dir.path + "/.rrp-outputs.json")] && partial.removed.isEmpty)
        #expect(try Self.manifest(dir.path).files == [old, new[1], new[2], OutputManifest.Entry(name: "e.html", bytes: Array("e".utf8))])
        let full = try OutputFolder.write([OutputFile(name: "e.html", text: "e")], into: dir.path, partial: false)
        #expect(full.removed == [dir.path + "/a.html", dir.path + "/b.html"])
        #expect(full.warnings == [.staleModified(path: dir.path + "/c.html")])
        #expect(Self.text(dir.path + "/c.html") == "edited by hand")
    }

    /// One compile at a time: a second one waits for the lock, and fails when the wait ends
    /// first, having written nothing.
    @Test func aSecondWriteIntoALockedFolderWaitsOrFails() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let first = try OutputSession(directory: dir.path)
        #expect(throws: RenderError.locked(folder: dir.path, lockFile: dir.path + "/.rrp-outputs.lock")) {
            try OutputFolder.write(Self.files("b.html"), into: dir.path, partial: false, lockWait: .milliseconds(100))
        }
        #expect(try Self.names(dir) == [".rrp-outputs.lock"])
        try first.write(OutputFile(name: "a.html", text: "first"))
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.3) { _ = try? first.finish(partial: false) }
        let waited = Waited()
        let second = try OutputSession(directory: dir.path, lockWait: .seconds(20), waiting: { waited.count += 1 })
        #expect(waited.count == 1)
        try second.write(OutputFile(name: "b.html", text: "second"))
        // It ran after the first one: it found the first's manifest and removed a.html as stale.
        #expect(try second.finish(partial: false).removed == [dir.path + "/a.html"])
        #expect(try Self.names(dir) == [".rrp-outputs.json", ".rrp-outputs.lock", "b.html"])
    }

    final class Waited: @unchecked Sendable { var count = 0 }

    @Test func abandonedTemporariesOfTheFolderAreRemovedAndReported() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        for name in [".a.html.rrp-AbC123", "..rrp-outputs.json.rrp-XyZ789", ".mine.rrp-notes", ".x/y.rrp-AbC123"] { try dir.write(name, "left") }
        let report = try OutputFolder.write(Self.files("a.html"), into: dir.path, partial: false)
        #expect(report.warnings == [.temporariesRemoved(folder: dir.path, count: 2)])
        #expect(report.warnings[0].description == "removed 2 temporary files (.NAME.rrp-XXXXXX) that an interrupted rrp left in \(dir.path)")
        #expect(try Self.names(dir) == [".mine.rrp-notes", ".rrp-outputs.json", ".rrp-outputs.lock", ".x", "a.html"])
    }
}
