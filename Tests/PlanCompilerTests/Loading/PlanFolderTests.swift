import Foundation
import Testing
@testable import PlanCompiler

@Suite struct PlanFolderTests {
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
