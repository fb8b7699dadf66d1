import Foundation
import PlanDriver
import TestSupport
import Testing

/// The data-driven scaffold behind `rrp init`.
@Suite struct ScaffoldTests {
    @Test(arguments: [
        ("lake-basin-plan", "lake-basin-plan"),
        ("/tmp/x/Plan de réponse 2026/", "Plan-de-r-ponse-2026"),
        ("...", "plan"),
        ("rrp_plan", "rrp_plan"),
    ])
    func packageNameFromFolder(folder: String, expected: String) {
        #expect(Scaffold.packageName(forFolder: folder) == expected)
    }

    @Test func templatesFillTheirPlaceholdersAndNothingElse() {
        let template = ScaffoldTemplate(path: "a", text: "{{b}} {{a}} ${{ github.base_ref }} {{unknown}}")
        #expect(template.rendered(with: ["a": "1", "b": "{{a}}"]) == "{{a}} 1 ${{ github.base_ref }} {{unknown}}")
    }

    @Test func manifestLinesQuoteTheirStrings() {
        #expect(RRPKitDependency.path("/a \"b\"\\c").manifestLine == #".package(name: "RRPKit", path: "/a \"b\"\\c")"#)
        #expect(RRPKitDependency.release(url: "https://x/RRPKit.git", from: "0.2.0").manifestLine == #".package(url: "https://x/RRPKit.git", from: "0.2.0")"#)
    }

    @Test func everyFileIsRenderedWithoutPlaceholdersLeft() {
        let files = Scaffold(packageName: "p", dependency: .path("/r")).files()
        #expect(files.map(\.path) == ScaffoldCatalog.templates.map(\.path))
        #expect(Set(files.map(\.path)).count == files.count)
        for file in files {
            #expect(!file.contents.contains("{{package-name}}") && !file.contents.contains("{{rrpkit-dependency}}"), "\(file.path)")
            #expect(file.contents.hasSuffix("\n") && !file.contents.hasSuffix("\n\n\n"), "\(file.path)")
        }
    }

    @Test func checkoutIsFoundFromAnExecutableInsideIt() throws {
        let root = PackagePaths.root
        let found = RRPKitDependency.checkout(containing: root + "/.build/debug/rrp")
        #expect(found == URL(fileURLWithPath: root).resolvingSymlinksInPath().path)
        #expect(RRPKitDependency.checkout(containing: "/usr/bin/true") == nil)
    }

    @Test func writeRefusesWhenAnyFileExists() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("plan/NER/country.md", "mine\n")
        let scaffold = Scaffold(packageName: "p", dependency: .path("/r"))
        #expect(scaffold.write(to: dir.path) == .refused(existing: ["plan/NER/country.md"]))
        #expect(!FileManager.default.fileExists(atPath: dir.path + "/Package.swift"))
        dir.remove()
        #expect(scaffold.write(to: dir.path) == .written(ScaffoldCatalog.templates.map(\.path)))
    }

    /// Every name is checked before anything is written; a link counts as existing, even one
    /// that points nowhere, and a folder on the way that is a link or a file is in the way.
    @Test func linksCountAsExistingAndNothingIsWritten() throws {
        let dir = try TemporaryDirectory(), elsewhere = try TemporaryDirectory()
        defer { dir.remove(); elsewhere.remove() }
        let scaffold = Scaffold(packageName: "p", dependency: .path("/r"))
        try FileManager.default.createSymbolicLink(atPath: dir.path + "/plan", withDestinationPath: dir.path + "/nowhere")
        try FileManager.default.createSymbolicLink(atPath: dir.path + "/.github", withDestinationPath: elsewhere.path)
        try FileManager.default.createSymbolicLink(atPath: dir.path + "/README.md", withDestinationPath: dir.path + "/missing.md")
        #expect(scaffold.write(to: dir.path) == .refused(existing: ["README.md", ".github", "plan"]))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == [".github", "README.md", "plan"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere.path).isEmpty)
        #expect(Scaffold.description(ofExisting: dir.path + "/plan") == "a symbolic link that points nowhere")
        #expect(Scaffold.description(ofExisting: dir.path + "/.github") == "a symbolic link")
    }

    @Test func aRootThatIsNotAFolderIsRefused() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let scaffold = Scaffold(packageName: "p", dependency: .path("/r"))
        try FileManager.default.createSymbolicLink(atPath: dir.path + "/repo", withDestinationPath: dir.path + "/nowhere")
        #expect(scaffold.write(to: dir.path + "/repo") == .notAFolder("is a symbolic link that does not lead to a folder"))
        try dir.write("file", "x")
        #expect(scaffold.write(to: dir.path + "/file") == .notAFolder("is a file, not a folder"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["file", "repo"])
    }

    /// `.vscode/extensions.json` is JSON that recommends the extension in Editors/vscode, by the
    /// identifier VS Code gives it (`publisher.name` of its package.json).
    @Test func vsCodeRecommendsTheRepositorysExtension() throws {
        let files = Scaffold(packageName: "p", dependency: .path("/r")).files()
        let file = try #require(files.first { $0.path == ".vscode/extensions.json" })
        let json = try #require(try JSONSerialization.jsonObject(with: Data(file.contents.utf8)) as? [String: Any])
        let manifest = try Data(contentsOf: URL(fileURLWithPath: PackagePaths.path("Editors/vscode/package.json")))
        let package = try #require(try JSONSerialization.jsonObject(with: manifest) as? [String: Any])
        let id = "\(package["publisher"] as? String ?? "?").\(package["name"] as? String ?? "?")"
        #expect(json["recommendations"] as? [String] == [id])
    }

    @Test func generatedFilesAreWrittenOnlyWhenTheirContentChanges() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = dir.path + "/sub/report.json"
        #expect(try GeneratedFile.writeIfChanged("{}\n", to: path))
        #expect(try !GeneratedFile.writeIfChanged("{}\n", to: path))
        #expect(try GeneratedFile.writeIfChanged("{\"a\":1}\n", to: path))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "{\"a\":1}\n")
    }
}
