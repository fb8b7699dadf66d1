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
        #expect(try scaffold.write(to: dir.path) == .refused(existing: ["plan/NER/country.md"]))
        #expect(!FileManager.default.fileExists(atPath: dir.path + "/Package.swift"))
        dir.remove()
        #expect(try scaffold.write(to: dir.path) == .written(ScaffoldCatalog.templates.map(\.path)))
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
