import Foundation
import TestSupport
import Testing

/// `rrp init` as a user runs it (no nested build).
@Suite struct InitCommandTests {
    static let files = [
        "Package.swift", "README.md", ".gitignore", ".github/workflows/plan.yml", ".vscode/extensions.json",
        "plan/Plan.swift",
        "plan/plan.md", "plan/NER/country.md", "plan/NER/protection.md",
    ]

    @Test func createsEveryFileAndTheChaptersPassTheCheck() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let result = try RRPProcess.run(["init", "repo", "--rrpkit-path", "/opt/RRPKit"], in: dir.path)
        #expect(result.status == 0, "\(result.stderr)")
        for file in Self.files {
            #expect(FileManager.default.fileExists(atPath: dir.path + "/repo/" + file), "\(file) missing")
            #expect(result.stdout.contains("created repo/\(file)\n"))
        }
        let manifest = try String(contentsOfFile: dir.path + "/repo/Package.swift", encoding: .utf8)
        #expect(manifest.contains(#".package(name: "RRPKit", path: "/opt/RRPKit"),"#))
        #expect(manifest.contains(#"name: "repo","#))
        #expect(manifest.contains(#".plugin(name: "PlanCheck", package: "RRPKit")"#))
        let check = try RRPProcess.run(["check", "--format", "line", "repo/plan"], in: dir.path)
        #expect(check.status == 0, "\(check.stdout)")
        #expect(check.stdout.isEmpty, "\(check.stdout)")
    }

    @Test func refusesToOverwriteAndWritesNothing() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("repo/plan/plan.md", "my own plan\n")
        try dir.write("repo/.gitignore", "mine\n")
        let result = try RRPProcess.run(["init", "repo"], in: dir.path)
        #expect(result.status == 1)
        #expect(result.stderr.contains("these files exist already, nothing was written"))
        #expect(result.stderr.contains("  repo/.gitignore\n  repo/plan/plan.md\n"))
        #expect(!FileManager.default.fileExists(atPath: dir.path + "/repo/Package.swift"))
        #expect(try String(contentsOfFile: dir.path + "/repo/plan/plan.md", encoding: .utf8) == "my own plan\n")
    }

    @Test func aFileInTheWayIsAnError() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("repo", "not a folder\n")
        let result = try RRPProcess.run(["init", "repo"], in: dir.path)
        #expect(result.status == 1)
        #expect(result.stderr == "rrp init: error: repo is a file, not a folder; nothing was written\n")
    }

    @Test func defaultDependencyIsTheCheckoutRrpWasBuiltIn() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let result = try RRPProcess.run(["init", "repo"], in: dir.path)
        #expect(result.status == 0)
        let manifest = try String(contentsOfFile: dir.path + "/repo/Package.swift", encoding: .utf8)
        let root = URL(fileURLWithPath: PackagePaths.root).resolvingSymlinksInPath().path
        #expect(manifest.contains(".package(name: \"RRPKit\", path: \"\(root)\"),"), "\(manifest)")
    }

    @Test func releaseURLAndVersion() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let result = try RRPProcess.run(["init", "repo", "--rrpkit-url", "https://example.org/rrpkit.git", "--rrpkit-version", "1.2.0"], in: dir.path)
        #expect(result.status == 0)
        let manifest = try String(contentsOfFile: dir.path + "/repo/Package.swift", encoding: .utf8)
        #expect(manifest.contains(#".package(url: "https://example.org/rrpkit.git", from: "1.2.0"),"#))
        #expect(try RRPProcess.run(["init", "x", "--rrpkit-url", "u", "--rrpkit-path", "p"], in: dir.path).status == 2)
    }

    @Test func workflowLintsChangedLinesOfPullRequestsAndKeepsTheDocuments() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        _ = try RRPProcess.run(["init", "repo"], in: dir.path)
        let workflow = try String(contentsOfFile: dir.path + "/repo/.github/workflows/plan.yml", encoding: .utf8)
        #expect(workflow.contains("swift package lint-plan --format github --changed-since origin/${{ github.base_ref }}"))
        #expect(workflow.contains("fetch-depth: 0"))
        #expect(workflow.contains("uses: actions/upload-artifact@v4"))
        #expect(workflow.contains("swift package --allow-writing-to-package-directory compile-plan --out out"))
        #expect(!workflow.contains("\t"))
    }
}
