import Foundation
import PlanPreview
import TestSupport
import Testing

/// Polling the plan folder sees what an editor does to it, and nothing else.
@Suite struct ChangeDetectorTests {
    @Test func seesAModifiedAddedAndRemovedChapter() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("plan.md", "a\n")
        try dir.write("TCD/protection.md", "b\n")
        let detector = ChangeDetector(planDirectory: dir.path)
        let first = detector.snapshot()
        #expect(first.stamps.keys.sorted() == [dir.path + "/TCD/protection.md", dir.path + "/plan.md"])
        #expect(ChangeDetector.changes(from: first, to: detector.snapshot()).isEmpty)

        // Same size, same second: only the nanoseconds (or the inode of a rename) differ.
        try dir.write("TCD/protection.md", "c\n")
        let modified = detector.snapshot()
        #expect(ChangeDetector.changes(from: first, to: modified) == [dir.path + "/TCD/protection.md"])

        try dir.write("CMR/country.md", "d\n")
        try FileManager.default.removeItem(atPath: dir.path + "/plan.md")
        #expect(ChangeDetector.changes(from: modified, to: detector.snapshot()) == [dir.path + "/CMR/country.md", dir.path + "/plan.md"])
    }

    @Test func ignoresHiddenEntriesAndOtherFilesButWatchesNamedOnes() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("plan.md", "a\n")
        try dir.write("funding/fts.json", "{}\n")
        var detector = ChangeDetector(planDirectory: dir.path)
        let first = detector.snapshot()
        try dir.write(".git/HEAD.md", "x\n")
        try dir.write(".draft.md", "x\n")
        try dir.write("notes.txt", "x\n")
        try dir.write("funding/fts.json", "{\"a\": 1}\n")
        #expect(ChangeDetector.changes(from: first, to: detector.snapshot()).isEmpty)
        detector.files = [dir.path + "/funding/fts.json"]
        let watched = detector.snapshot()
        try dir.write("funding/fts.json", "{\"a\": 2}\n")
        #expect(ChangeDetector.changes(from: watched, to: detector.snapshot()) == [dir.path + "/funding/fts.json"])
        // A templates folder: every file in it.
        try dir.write("templates/labels.json", "{}\n")
        detector.templatesDirectory = dir.path + "/templates"
        let templates = detector.snapshot()
        try dir.write("templates/labels.json", "{\"languages\": {}}\n")
        #expect(ChangeDetector.changes(from: templates, to: detector.snapshot()) == [dir.path + "/templates/labels.json"])
    }

    @Test func aFolderThatAppearsOrLinksBackIsHandled() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let detector = ChangeDetector(planDirectory: dir.path + "/plan")
        let missing = detector.snapshot()
        #expect(missing.stamps == [dir.path + "/plan": .unreadable])
        try dir.write("plan/plan.md", "a\n")
        try dir.link("plan/loop", to: dir.path + "/plan")
        let present = detector.snapshot()
        #expect(ChangeDetector.changes(from: missing, to: present) == [dir.path + "/plan", dir.path + "/plan/plan.md"])
    }
}
