import Foundation
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
}
