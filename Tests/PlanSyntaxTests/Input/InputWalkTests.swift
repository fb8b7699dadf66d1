import Foundation
import PlanDiagnostics
import PlanSyntax
import TestSupport
import Testing

/// The one walk every command reads its paths with: what it keeps, and a diagnostic for
/// everything it cannot read, follow, name or decode.
@Suite struct InputWalkTests {
    private func ids(_ folder: InputFolder) -> [String] { folder.diagnostics.map(\.id.rawValue) }

    @Test func keepsMarkdownFilesInNameOrderSkippingHiddenEntriesAndOtherExtensions() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        for path in ["plan/plan.md", "plan/TCD/protection.md", "plan/CMR/education.md", "plan/CMR/notes.txt", "plan/.git/x.md", "plan/.build-release/y.md", "plan/TCD/.hidden.md"] {
            try dir.write(path, "x")
        }
        let folder = InputWalk.folder(dir.path + "/plan")
        #expect(folder.isReadable)
        #expect(folder.diagnostics.isEmpty)
        #expect(folder.files.map(\.name) == ["CMR/education.md", "TCD/protection.md", "plan.md"])
        #expect(folder.files.map(\.path) == ["CMR/education.md", "TCD/protection.md", "plan.md"].map { dir.path + "/plan/" + $0 })
    }

    @Test func pathsKeepTheUsersSpellingAndNamesDoNot() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("plan/TCD/country.md", "x")
        try dir.link("alias", to: "plan")
        for spelling in [dir.path + "/plan", dir.path + "/./plan/", dir.path + "/alias"] {
            let folder = InputWalk.folder(spelling)
            #expect(folder.files.map(\.path) == [spelling + (spelling.hasSuffix("/") ? "" : "/") + "TCD/country.md"])
            #expect(folder.files.map(\.name) == ["TCD/country.md"])
        }
    }

    @Test func danglingAndSelfLinksAreBrokenLinks() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("plan/plan.md", "x")
        try dir.link("plan/TCD/country.md", to: "country-2026.md")
        try dir.link("plan/TCD/self.md", to: "self.md")
        let folder = InputWalk.folder(dir.path + "/plan")
        #expect(folder.files.map(\.name) == ["plan.md"])
        #expect(ids(folder) == ["io.broken-link", "io.broken-link"])
        #expect(folder.diagnostics.map(\.file) == [dir.path + "/plan/TCD/country.md", dir.path + "/plan/TCD/self.md"])
        #expect(folder.diagnostics.allSatisfy { $0.severity == .error })
        #expect(folder.diagnostics[0].summary.contains("'country-2026.md' leads nowhere"))
        #expect(folder.diagnostics[1].summary.contains("loop"))
    }

    @Test func linksInsideThePlanFolderAreFollowed() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("plan/shared/protection.md", "shared")
        try dir.link("plan/TCD/protection.md", to: "../shared/protection.md")
        try dir.link("plan/CMR", to: "shared")
        let folder = InputWalk.folder(dir.path + "/plan")
        #expect(folder.diagnostics.isEmpty)
        #expect(folder.files.map(\.name) == ["CMR/protection.md", "TCD/protection.md", "shared/protection.md"])
        #expect(folder.files.allSatisfy { String(decoding: $0.bytes, as: UTF8.self) == "shared" })
    }

    @Test func linksLeadingOutsideAreReportedAndNeverRead() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("secret.md", "TOKEN=hunter2\n")
        try dir.write("elsewhere/chapter.md", "TOKEN=hunter2\n")
        try dir.write("plan/plan.md", "x")
        try dir.link("plan/TCD/notes.md", to: "../../secret.md")
        try dir.link("plan/TCD/environ.md", to: "/proc/self/environ")
        try dir.link("plan/CMR", to: dir.path + "/elsewhere")
        try dir.link("plan/logo.png", to: "/etc/hostname")
        let folder = InputWalk.folder(dir.path + "/plan")
        #expect(folder.files.map(\.name) == ["plan.md"])
        #expect(ids(folder) == ["io.link-outside", "io.link-outside", "io.link-outside"])
        #expect(folder.diagnostics.map(\.file) == ["CMR", "TCD/environ.md", "TCD/notes.md"].map { dir.path + "/plan/" + $0 })
        #expect(folder.diagnostics.allSatisfy { !"\($0)".contains("hunter2") })
    }

    @Test func aLinkBackToAnEnclosingFolderIsACycleAndTheWalkEnds() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("plan/TCD/country.md", "x")
        try dir.link("plan/TCD/again", to: "..")
        try dir.link("plan/TCD/here", to: ".")
        let folder = InputWalk.folder(dir.path + "/plan")
        #expect(folder.files.map(\.name) == ["TCD/country.md"])
        #expect(ids(folder) == ["io.link-cycle", "io.link-cycle"])
    }

    @Test func namesThatAreNotUTF8AreReportedWithTheirBytesEscaped() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("plan/plan.md", "x")
        try dir.write(in: "plan/TCD", rawName: Array("r".utf8) + [0xE9] + Array("fugi".utf8) + [0xE9] + Array("s.md".utf8), "x")
        try dir.write(in: "plan/TCD", rawName: [0xE9] + Array(".png".utf8), "x")
        let folder = InputWalk.folder(dir.path + "/plan")
        #expect(folder.files.map(\.name) == ["plan.md"])
        #expect(ids(folder) == ["io.undecodable-name"])
        #expect(folder.diagnostics.first?.file == dir.path + "/plan/TCD/r\\xE9fugi\\xE9s.md")
    }

    @Test func aNamedPipeIsUnreadableAndDoesNotBlock() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("plan/plan.md", "x")
        try dir.fifo("plan/TCD/country.md")
        let folder = InputWalk.folder(dir.path + "/plan")
        #expect(folder.files.map(\.name) == ["plan.md"])
        #expect(ids(folder) == ["io.unreadable"])
        #expect(folder.diagnostics.first?.summary.contains("not a regular file") == true)
        let alone = InputWalk.file(dir.path + "/plan/TCD/country.md")
        #expect(alone.file == nil)
        #expect(alone.diagnostics.map(\.id) == ["io.unreadable"])
    }

    @Test func fileContentThatIsNotUTF8IsReportedAtItsByte() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("plan/TCD/country.md", bytes: Array("Caf".utf8) + [0xE9])
        let folder = InputWalk.folder(dir.path + "/plan")
        #expect(folder.files.isEmpty)
        #expect(ids(folder) == ["syntax.invalid-utf8"])
    }

    @Test func aPlanFolderThatIsNotAReadableFolderIsSaidSo() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("plan/plan.md", "x")
        let file = InputWalk.folder(dir.path + "/plan/plan.md")
        #expect(!file.isReadable)
        #expect(file.diagnostics.map(\.summary) == ["This is a file, not a plan folder"])
        let slash = InputWalk.folder(dir.path + "/plan/plan.md/")
        #expect(!slash.isReadable)
        #expect(slash.diagnostics.map(\.id) == ["io.unreadable"])
        #expect(slash.diagnostics.first?.summary.hasPrefix("Cannot read this folder") == true)
        let missing = InputWalk.folder(dir.path + "/nothing")
        #expect(missing.diagnostics.map(\.summary) == ["No such file or folder"])
        try dir.link("dangling", to: "nothing")
        #expect(InputWalk.folder(dir.path + "/dangling").diagnostics.map(\.id) == ["io.broken-link"])
    }

    @Test(.enabled(if: !Unreadable.bypassedHere, "root reads a folder of mode 000 in-process; UnreadableFolderTests in PlanDriverTests cover it with setpriv"))
    func aFolderWithoutReadPermissionIsReported() throws {
        let dir = try TemporaryDirectory()
        defer { try? dir.chmod("plan/CMR", 0o755); dir.remove() }
        try dir.write("plan/plan.md", "x")
        try dir.write("plan/CMR/country.md", "x")
        try dir.chmod("plan/CMR", 0o000)
        let folder = InputWalk.folder(dir.path + "/plan")
        #expect(folder.files.map(\.name) == ["plan.md"])
        #expect(folder.diagnostics.map(\.summary) == ["Cannot read this folder: Permission denied"])
    }

    @Test func itemsAreFoldersOrFilesInTheGivenOrder() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("plan/plan.md", "x")
        try dir.write("lone.md", "x")
        let items = InputWalk.items([dir.path + "/lone.md", dir.path + "/plan", dir.path + "/none.md"])
        #expect(items.map(\.path) == [dir.path + "/lone.md", dir.path + "/plan", dir.path + "/none.md"])
        guard case .file = items[0], case .folder = items[1], case .file = items[2] else {
            Issue.record("expected file, folder, file")
            return
        }
        #expect(items.map(\.files.count) == [1, 1, 0])
        #expect(items[2].diagnostics.map(\.summary) == ["No such file or folder"])
    }
}
