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
        #expect(try Self.names(dir) == [".rrp-outputs.json", "a.html"])
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
        #expect(try Self.names(dir) == [".rrp-outputs.json", "a.html", "country-NER.html", "notes.txt"])
        #expect(Self.text(dir.path + "/notes.txt") == "mine")
    }

    @Test func aPartialWriteRemovesNothingAndKeepsTheOtherEntries() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        _ = try OutputFolder.write(Self.files("country-A.html", "country-B.html", "regional.html"), into: dir.path, partial: false)
        let partial = try OutputFolder.write([OutputFile(name: "country-A.html", text: "new A")], into: dir.path, partial: true)
        #expect(partial.removed.isEmpty && partial.warnings.isEmpty)
        #expect(try Self.names(dir) == [".rrp-outputs.json", "country-A.html", "country-B.html", "regional.html"])
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
}
