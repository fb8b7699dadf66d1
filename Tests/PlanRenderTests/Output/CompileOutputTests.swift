import Foundation
import PlanDriver
import PlanRender
import TestSupport
import Testing

@Suite(.serialized) struct CompileOutputTests {
    static func compile(into out: String, formats: Set<OutputFormat> = OutputFormat.defaults) throws -> CompileOutcome {
        try PlanCompileRunner.run(CompileRequest(planDirectory: RenderFixture.folder, outDirectory: out, render: RenderOptions(formats: formats)))
    }

    @Test func sameInputGivesTheSameBytes() throws {
        let a = try TemporaryDirectory(), b = try TemporaryDirectory()
        defer { a.remove(); b.remove() }
        let first = try Self.compile(into: a.path), second = try Self.compile(into: b.path)
        let names = first.files.map { ($0 as NSString).lastPathComponent }
        #expect(names == second.files.map { ($0 as NSString).lastPathComponent })
        #expect(names == ["country-CMR.html", "country-CMR.md", "country-TCD.html", "country-TCD.md", "indicators.csv",
                          "plan.json", "planning-figures-chapters.csv", "planning-figures.csv", "regional.html", "regional.md", "requirements.csv"])
        for name in names {
            let x = FileManager.default.contents(atPath: a.path + "/" + name), y = FileManager.default.contents(atPath: b.path + "/" + name)
            #expect(x != nil && x == y, "\(name) differs between two compiles")
        }
        #expect(first.mainHTML == a.path + "/regional.html")
    }

    @Test func filesThatAreNotOursAreLeftAloneAndNoTemporaryFileRemains() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("notes.txt", "mine")
        try dir.write("regional.html", "old")
        _ = try Self.compile(into: dir.path, formats: [.html])
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        #expect(names == [".rrp-outputs.json", ".rrp-outputs.lock", "country-CMR.html", "country-TCD.html", "notes.txt", "regional.html"])
        #expect(String(decoding: FileManager.default.contents(atPath: dir.path + "/notes.txt")!, as: UTF8.self) == "mine")
        #expect(String(decoding: FileManager.default.contents(atPath: dir.path + "/regional.html")!, as: UTF8.self).hasPrefix("<!DOCTYPE html>"))
    }

    /// Templates load while the plan is checked, but a broken template is reported only for a
    /// plan without errors: the author sees their own mistakes first.
    @Test func aBrokenTemplateCountsOnlyForACleanPlan() throws {
        let templates = try TemporaryDirectory(), plan = try TemporaryDirectory(), out = try TemporaryDirectory()
        defer { templates.remove(); plan.remove(); out.remove() }
        try templates.write("html/cover.mustache", "{{#title}} never closed")
        let broken = CompileRequest(planDirectory: RenderFixture.folder, outDirectory: out.path, render: RenderOptions(formats: [.html]), templates: templates.path)
        #expect(throws: RenderError.self) { try PlanCompileRunner.run(broken) }
        try plan.write("plan.md", "---\nchapter: plan\n---\n")
        var withErrors = broken
        withErrors.planDirectory = plan.path
        let outcome = try PlanCompileRunner.run(withErrors)
        #expect(outcome.report.hasErrors)
        #expect(outcome.files.isEmpty)
    }

    @Test func atomicWriterSkipsUnchangedFiles() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = dir.path + "/a.csv"
        #expect(try AtomicWriter.write(Array("x".utf8), to: path))
        #expect(try !AtomicWriter.write(Array("x".utf8), to: path))
        #expect(try AtomicWriter.write(Array("y".utf8), to: path))
        #expect(throws: RenderError.self) { try AtomicWriter.write([1], to: dir.path + "/no/such/folder/a.csv") }
    }

    /// A link at an output's name is replaced by the file, even when what it points to already
    /// holds the same bytes: the target outside the folder is never read or written, and its
    /// mode (here setuid) is not given to the new file, which gets `0644` minus the umask.
    @Test func atomicWriterReplacesALinkInsteadOfFollowingIt() throws {
        let dir = try TemporaryDirectory(), outside = try TemporaryDirectory()
        defer { dir.remove(); outside.remove() }
        let target = try Self.linkToASetuidFile(at: dir.path + "/a.html", holding: "same", in: outside)
        #expect(try AtomicWriter.write(Array("same".utf8), to: dir.path + "/a.html"))
        let attributes = try FileManager.default.attributesOfItem(atPath: dir.path + "/a.html")
        #expect(attributes[.type] as? FileAttributeType == .typeRegular)
        #expect(FileModes.of(dir.path + "/a.html") == FileModes.newFile)
        #expect(FileModes.of(target) == 0o4755)
        #expect(String(decoding: FileManager.default.contents(atPath: target)!, as: UTF8.self) == "same")
        #expect(try !AtomicWriter.write(Array("same".utf8), to: dir.path + "/a.html"))
        #expect(try AtomicWriter.write(Array("samey".utf8), to: dir.path + "/a.html"))
    }

    /// The same in a compile: a document whose name is a link to a setuid program becomes a
    /// plain document with the fixed mode; the program is untouched.
    @Test func aCompileGivesALinkedOutputTheFixedMode() throws {
        let dir = try TemporaryDirectory(), outside = try TemporaryDirectory()
        defer { dir.remove(); outside.remove() }
        let program = try Self.linkToASetuidFile(at: dir.path + "/regional.html", holding: "#!/bin/sh\n", in: outside)
        _ = try Self.compile(into: dir.path, formats: [.html])
        #expect(FileModes.of(dir.path + "/regional.html") == FileModes.newFile)
        #expect(String(decoding: FileManager.default.contents(atPath: dir.path + "/regional.html")!, as: UTF8.self).hasPrefix("<!DOCTYPE html>"))
        #expect(FileModes.of(program) == 0o4755)
        #expect(FileManager.default.contents(atPath: program) == Data("#!/bin/sh\n".utf8))
    }

    /// A link at `link` to a new file of `outside` holding `text`, mode `04755`; returns the
    /// file's path.
    static func linkToASetuidFile(at link: String, holding text: String, in outside: TemporaryDirectory) throws -> String {
        let target = try outside.write("elsewhere", text)
        try FileManager.default.setAttributes([.posixPermissions: 0o4755], ofItemAtPath: target)
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        return target
    }

    @Test func writesKeepTheTargetsPermissions() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = try dir.write("a.html", "old")
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: path)
        #expect(try AtomicWriter.write(Array("new".utf8), to: path))
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o640)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["a.html"])
    }

    @Test func anOutputPathThatIsAFileIsReported() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let file = try dir.write("taken", "x")
        let outcome = try Self.compile(into: file)
        #expect(outcome.outputFailure == .unwritten(path: file, reason: "cannot create the output folder"))
        #expect(outcome.report.diagnostics.first { $0.id == "io.unwritable" }?.summary == "Cannot write the output file: cannot create the output folder")
        #expect(outcome.report.hasErrors && outcome.files.isEmpty)
    }

    @Test func crlfChaptersRenderLikeLFChapters() throws {
        let plan = try TemporaryDirectory(), out = try TemporaryDirectory()
        defer { plan.remove(); out.remove() }
        for relative in ["plan.md", "TCD/country.md", "TCD/protection.md", "TCD/gbv.md", "CMR/country.md", "CMR/education.md"] {
            let text = try String(contentsOfFile: RenderFixture.folder + "/" + relative, encoding: .utf8)
            try plan.write(relative, text.replacingOccurrences(of: "\n", with: "\r\n"))
        }
        let outcome = try PlanCompileRunner.run(CompileRequest(planDirectory: plan.path, outDirectory: out.path, render: RenderOptions(formats: [.html, .md])))
        #expect(!outcome.report.hasErrors)
        let md = String(decoding: FileManager.default.contents(atPath: out.path + "/regional.md")!, as: UTF8.self)
        #expect(md.contains("### Strategic objectives"))
        #expect(!md.contains("\n### Regional overview"), "the opening heading that repeats the part title is dropped")
        let html = String(decoding: FileManager.default.contents(atPath: out.path + "/regional.html")!, as: UTF8.self)
        #expect(html.contains("<h3>Strategic objectives</h3>"))
    }

    @Test func jsonIsTheCompilersPlanJSON() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        _ = try Self.compile(into: dir.path, formats: [.json])
        let data = try #require(FileManager.default.contents(atPath: dir.path + "/plan.json"))
        #expect(try JSONSerialization.jsonObject(with: data) is [String: Any])
    }
}
