import Foundation
import PlanRender
import Testing

/// The output manifest's hash, names, encoding and parsing.
struct OutputManifestTests {
    /// Reference values from an independent implementation of the same definition (Python).
    @Test func hashMatchesTheReferenceValues() {
        #expect(ContentHash.of([]) == "11708ff1247412fd")
        #expect(ContentHash.of(Array("a".utf8)) == "971197ad1b8e9acd")
        #expect(ContentHash.of(Array("foobar".utf8)) == "c119f5adffa909ab")
        #expect(ContentHash.of(Array("0123456789abcdef!".utf8)) == "707e09e5e537eabc")
        #expect(ContentHash.of((0..<768).map { UInt8($0 % 256) } + Array("xyz".utf8)) == "3c8427e3bfa3e772")
    }

    @Test func plainNamesAreOnlyOurOutputNames() {
        for name in ["regional.html", "country-TCD.md", "country-southern-cone.html", "plan.json", "a_b.csv"] {
            #expect(OutputName.isPlain(name), "\(name)")
        }
        for name in ["", ".", "..", "../x.html", "a/b.html", "/etc/passwd", ".rrp-outputs.json", ".hidden", "a..b", "é.html", "a b.html", "a\\b", String(repeating: "a", count: 256)] {
            #expect(!OutputName.isPlain(name), "\(name)")
        }
    }

    @Test func encodingIsSortedAndRoundTrips() throws {
        let manifest = OutputManifest(files: [OutputManifest.Entry(name: "b.csv", bytes: [1, 2]), OutputManifest.Entry(name: "a.html", bytes: [])])
        #expect(manifest.files.map(\.name) == ["a.html", "b.csv"])
        let bytes = manifest.encoded()
        #expect(bytes == OutputManifest(files: manifest.files.reversed()).encoded())
        #expect(bytes.last == 0x0A)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("\"schema\" : \"rrpkit-outputs\"") && text.contains("\"schemaVersion\" : 2") && text.contains("\"state\" : \"complete\""), "\(text)")
        #expect(!text.contains("replaced"), "\(text)")
        #expect(try OutputManifest.parse(bytes).get() == manifest)
    }

    @Test func anInProgressManifestListsTheFilesItReplacesAndRoundTrips() throws {
        let old = OutputManifest.Entry(name: "a.html", bytes: [1])
        let manifest = OutputManifest(files: [OutputManifest.Entry(name: "a.html", bytes: [2])], state: .inProgress, replaced: [old])
        let text = String(decoding: manifest.encoded(), as: UTF8.self)
        #expect(text.contains("\"state\" : \"in-progress\"") && text.contains("\"replaced\" : ["), "\(text)")
        #expect(try OutputManifest.parse(manifest.encoded()).get() == manifest)
    }

    /// A folder written by an rrp of schema version 1 is still understood (as complete).
    @Test func aVersion1ManifestIsReadAsComplete() throws {
        let text = #"{"schema": "rrpkit-outputs", "schemaVersion": 1, "files": [{"name": "a.html", "size": 1, "hash": "0"}]}"#
        let manifest = try OutputManifest.parse(Array(text.utf8)).get()
        #expect(manifest.state == .complete && manifest.replaced.isEmpty)
        #expect(manifest.files == [OutputManifest.Entry(name: "a.html", size: 1, hash: "0")])
    }

    @Test func entriesMatchOnlyTheSameBytes() {
        let entry = OutputManifest.Entry(name: "a.html", bytes: Array("<p>x</p>".utf8))
        #expect(entry.matches(Array("<p>x</p>".utf8)))
        #expect(!entry.matches(Array("<p>y</p>".utf8)))
        #expect(!entry.matches(Array("<p>x</p>\n".utf8)))
    }

    @Test(arguments: [
        ("not json", "not a valid output manifest"),
        ("{\"files\": []}", "not a valid output manifest"),
        (#"{"schema": "rrpkit-outputs", "schemaVersion": 3, "state": "complete", "files": []}"#, "version 3"),
        (#"{"schema": "rrpkit-outputs", "schemaVersion": 2, "files": []}"#, "not a valid output manifest"),
        (#"{"schema": "rrpkit-outputs", "schemaVersion": 2, "state": "half-done", "files": []}"#, "not a valid output manifest"),
        (#"{"schema": "rrpkit-outputs", "schemaVersion": 1, "state": "in-progress", "files": []}"#, "version 1 but has a state"),
        (#"{"schema": "rrpkit-outputs", "schemaVersion": 2, "state": "in-progress", "files": [], "replaced": [{"name": "../x", "size": 1, "hash": "0"}]}"#, "'../x', which is not a plain"),
        (#"{"schema": "other", "schemaVersion": 1, "files": []}"#, "schema 'other'"),
        (#"{"schema": "rrpkit-outputs", "schemaVersion": 1, "files": [{"name": "../etc/x", "size": 1, "hash": "0"}]}"#, "'../etc/x', which is not a plain"),
        (#"{"schema": "rrpkit-outputs", "schemaVersion": 1, "files": [{"name": "sub/x.html", "size": 1, "hash": "0"}]}"#, "not a plain"),
        (#"{"schema": "rrpkit-outputs", "schemaVersion": 1, "files": [{"name": "a\u001b[31m", "size": 1, "hash": "0"}]}"#, "'a?[31m'"),
        (#"{"schema": "rrpkit-outputs", "schemaVersion": 1, "files": [{"name": "a.md", "size": 1, "hash": "0"}, {"name": "a.md", "size": 1, "hash": "0"}]}"#, "'a.md' twice"),
    ])
    func untrustworthyManifestsAreRejected(text: String, reason: String) {
        switch OutputManifest.parse(Array(text.utf8)) {
        case .success: Issue.record("accepted \(text)")
        case .failure(let invalid): #expect(invalid.reason.contains(reason), "\(invalid.reason)")
        }
    }
}
