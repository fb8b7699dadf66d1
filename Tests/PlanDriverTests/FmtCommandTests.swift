import Foundation
import PlanSyntax
import TestSupport
import Testing

/// `rrp fmt` as a user runs it.
@Suite struct FmtCommandTests {
    let messy = "---\nchapter:    country\ncountry: TCD   # admin code\n---\nBody  with  *odd*   spacing  \n---\nkey:   not front matter\n"

    @Test func checkListsFilesAndWritesNothing() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = try dir.write("TCD/country.md", messy)
        let result = try RRPProcess.run(["fmt", "--check", "."], in: dir.path)
        #expect(result.status == 1)
        #expect(result.stdout.contains("would reformat ./TCD/country.md"))
        #expect(String(decoding: FileManager.default.contents(atPath: path)!, as: UTF8.self) == messy)
    }

    @Test func rewritesFrontMatterOnlyAndIsIdempotent() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = try dir.write("c.md", messy)
        #expect(try RRPProcess.run(["fmt", "c.md"], in: dir.path).status == 0)
        let formatted = String(decoding: FileManager.default.contents(atPath: path)!, as: UTF8.self)
        #expect(formatted.hasPrefix("---\nchapter: country\ncountry: TCD # admin code\n---\n"))
        #expect(formatted.hasSuffix("Body  with  *odd*   spacing  \n---\nkey:   not front matter\n"))
        let again = try RRPProcess.run(["fmt", "--check", "c.md"], in: dir.path)
        #expect(again.status == 0)
        #expect(again.stdout.isEmpty)
    }

    @Test func refusesAFileWithErrors() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let broken = "---\nchapter:   country\ncountry: NO\n---\n"
        let path = try dir.write("c.md", broken)
        let result = try RRPProcess.run(["fmt", "--format", "line", "c.md"], in: dir.path)
        #expect(result.status == 1)
        #expect(result.stdout.contains("c.md:3:10: error:"))
        #expect(String(decoding: FileManager.default.contents(atPath: path)!, as: UTF8.self) == broken)
    }

    /// What an interrupted `rrp fmt` left beside the chapters it formats is removed by the
    /// next one, and nothing else: not another pattern, not another file's temporary, not a
    /// link, not one a living `rrp fmt` holds. `--check` removes nothing.
    @Test func theNextRunRemovesTheTemporariesOfItsChaptersOnly() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("NER/country.md", messy)
        let left = [".country.md.rrp-AbC123", ".country.md.rrp-x", ".notes.txt.rrp-AbC123", ".country.md.rrp-LiVe01"]
        for name in left { try dir.write("NER/" + name, "left") }
        try FileManager.default.createSymbolicLink(atPath: dir.path + "/NER/.country.md.rrp-LiNk01", withDestinationPath: dir.path + "/NER/country.md")
        let live = open(dir.path + "/NER/.country.md.rrp-LiVe01", O_RDONLY)
        defer { close(live) }
        #expect(flock(live, LOCK_EX) == 0)
        #expect(try RRPProcess.run(["fmt", "--check", "."], in: dir.path).status == 1)
        #expect(FileManager.default.fileExists(atPath: dir.path + "/NER/.country.md.rrp-AbC123"))
        let result = try RRPProcess.run(["fmt", "."], in: dir.path)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.hasPrefix("rrp: removed ./NER/.country.md.rrp-AbC123, a temporary file that an interrupted rrp fmt left\nrrp: 1 file checked"), "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path + "/NER").sorted() == [
            ".country.md.rrp-LiNk01", ".country.md.rrp-LiVe01", ".country.md.rrp-x", ".notes.txt.rrp-AbC123", "country.md",
        ])
    }

    /// `rrp fmt` killed at any moment: each chapter is its old or its formatted self, and the
    /// next run leaves every chapter formatted and no temporary behind.
    @Test func aKilledRunIsCleanedUpByTheNextOne() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let names = (0..<40).map { "C\($0 / 10)/chapter-\($0).md" }
        for name in names { try dir.write(name, messy + String(repeating: "More body text.\n", count: 200)) }
        let original = try Self.read(dir.path + "/" + names[0])
        let start = ContinuousClock.now
        #expect(try RRPProcess.run(["fmt", "."], in: dir.path).status == 0)
        let duration = ContinuousClock.now - start
        let formatted = try Self.read(dir.path + "/" + names[0])
        #expect(original != formatted)
        let trials = 6
        for trial in 0..<trials {
            for name in names { try dir.write(name, bytes: Array(original)) }
            _ = try RRPProcess.kill(["fmt", "."], in: dir.path, after: duration * Double(trial + 1) / Double(trials + 1))
            for name in names {
                let now = try Self.read(dir.path + "/" + name)
                #expect(now == original || now == formatted, "trial \(trial): \(name) is torn")
            }
            #expect(try RRPProcess.run(["fmt", "."], in: dir.path).status == 0)
            for name in names { #expect(try Self.read(dir.path + "/" + name) == formatted, "trial \(trial): \(name)") }
            let temporaries = try FileManager.default.subpathsOfDirectory(atPath: dir.path).filter { AtomicFile.target(ofTemporary: ($0 as NSString).lastPathComponent) != nil }
            #expect(temporaries.isEmpty, "trial \(trial): \(temporaries)")
        }
    }

    static func read(_ path: String) throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: path))
    }
}
