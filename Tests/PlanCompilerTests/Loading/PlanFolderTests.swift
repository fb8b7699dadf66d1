import Foundation
import Testing
@testable import PlanCompiler

@Suite struct PlanFolderTests {
    @Test func listsMarkdownFilesSortedSkippingHiddenAndBuildFolders() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("rrp-folder-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        for path in ["plan.md", "TCD/protection.md", "CMR/education.md", "CMR/notes.txt", ".git/x.md", ".build-release/y.md", "TCD/.hidden.md"] {
            let full = root + "/" + path
            try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data("x".utf8).write(to: URL(fileURLWithPath: full))
        }
        let files = try #require(PlanFolder.markdownFiles(in: root))
        #expect(files == ["CMR/education.md", "TCD/protection.md", "plan.md"].map { root + "/" + $0 })
        #expect(PlanFolder.markdownFiles(in: root + "/missing") == nil)
    }

    @Test func warnsAboutMarkdownFilesWithoutFrontMatter() {
        var f = Fixture()
        f.add("plan.md", Fixture.plan())
        var c = f.compile()
        #expect(c.count("plan.not-a-chapter") == 0)
        let sources = [("plan.md", "---\n#\n---\n"), ("README.md", "# Notes\n")].map { PlanCompilerTestFile.source($0.0, $0.1) }
        c = PlanCompiler.compile(files: sources, folder: "p", parser: { chapter in
            chapter.file.path == "plan.md" ? (Fixture.plan(), []) : (nil, [])
        })
        let d = c.diagnostics.filter { $0.id == "plan.not-a-chapter" }
        #expect(d.map(\.file) == ["README.md"])
        #expect(d.first?.severity == .warning)
    }
}
