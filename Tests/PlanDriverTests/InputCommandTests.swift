import Foundation
import TestSupport
import Testing

/// Every command reads its paths through the one input walk: nothing is dropped silently,
/// links never lead out of the plan folder, and outputs do not depend on how the folder is
/// spelled.
@Suite struct InputCommandTests {
    /// A copy of the sample plan as `<dir>/plan`.
    static func samplePlan() throws -> TemporaryDirectory {
        let dir = try TemporaryDirectory()
        try FileManager.default.copyItem(atPath: PackagePaths.path("Samples/lake-basin-rrp"), toPath: dir.path + "/plan")
        return dir
    }

    /// Appends `text` to the chapter `name` of the plan; returns the chapter's new last line.
    @discardableResult
    static func append(_ text: String, to name: String, in dir: TemporaryDirectory) throws -> Int {
        let path = dir.path + "/plan/" + name
        let old = try String(contentsOfFile: path, encoding: .utf8)
        try dir.write("plan/" + name, old + "\n" + text + "\n")
        return (old + "\n" + text).split(separator: "\n", omittingEmptySubsequences: false).count
    }

    @Test func everyCommandReportsWhatTheWalkCannotReadFollowOrName() throws {
        let dir = try Self.samplePlan()
        defer { dir.remove() }
        try dir.link("plan/TCD/dangling.md", to: "country-2025.md")
        try dir.link("plan/TCD/self.md", to: "self.md")
        try dir.link("plan/TCD/notes.md", to: "/proc/self/environ")
        try dir.write(in: "plan/CMR", rawName: Array("r".utf8) + [0xE9] + Array("fugi".utf8) + [0xE9] + Array("s.md".utf8), "---\nchapter: sector\n---\n")
        let expected = [
            "plan/CMR/r\\xE9fugi\\xE9s.md: error: Name is not valid UTF-8: rename it (invalid bytes are shown as \\xHH) [io.undecodable-name]",
            "plan/TCD/dangling.md: error: Link 'country-2025.md' leads nowhere: No such file or directory [io.broken-link]",
            "plan/TCD/notes.md: error: Link '/proc/self/environ' leads outside the plan folder: not followed [io.link-outside]",
            "plan/TCD/self.md: error: Link 'self.md' leads back to itself through a loop of links [io.broken-link]",
        ]
        for arguments in [["check", "--format", "line"], ["lint", "--format", "line"], ["fmt", "--check", "--format", "line"], ["compile", "--out", "out", "--diagnostics-format", "line"]] {
            let result = try RRPProcess.run(arguments + ["plan"], in: dir.path)
            #expect(result.status == 1, "\(arguments): \(result.stdout)\(result.stderr)")
            let lines = result.stdout.split(separator: "\n").map(String.init)
            #expect(lines.filter { $0.contains("[io.") } == expected, "\(arguments): \(result.stdout)")
        }
        #expect(!FileManager.default.fileExists(atPath: dir.path + "/out/plan.json"))
    }

    @Test func aLinkToTheEnvironmentNeverShowsItsSecrets() throws {
        let dir = try Self.samplePlan()
        defer { dir.remove() }
        try dir.link("plan/TCD/notes.md", to: "/proc/self/environ")
        try dir.write("secret.md", "API_TOKEN=hunter2-in-a-file\n")
        try dir.link("plan/CMR/notes.md", to: "../../secret.md")
        for format in ["text", "json", "sarif", "github"] {
            let result = try RRPProcess.run(["check", "--format", format, "plan"], in: dir.path, environment: ["RRP_TEST_SECRET": "hunter2-in-the-environment"])
            #expect(result.status == 1)
            #expect(!(result.stdout + result.stderr).contains("hunter2"), "\(format): \(result.stdout)")
            #expect(result.stdout.contains("io.link-outside"))
        }
    }

    @Test func outputsAreTheSameHoweverThePlanFolderIsSpelled() throws {
        let dir = try Self.samplePlan()
        defer { dir.remove() }
        let spellings = ["plan", "./plan/", dir.path + "/plan"]
        for (index, spelling) in spellings.enumerated() {
            let result = try RRPProcess.run(["compile", spelling, "--out", "out\(index)"], in: dir.path)
            #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path + "/out0").sorted()
        #expect(names.contains("plan.json") && names.contains(".rrp-outputs.json"))
        for name in names {
            let first = try Data(contentsOf: URL(fileURLWithPath: dir.path + "/out0/" + name))
            for index in 1..<spellings.count {
                #expect(try Data(contentsOf: URL(fileURLWithPath: dir.path + "/out\(index)/" + name)) == first, "\(name) differs for \(spellings[index])")
            }
            #expect(!String(decoding: first, as: UTF8.self).contains(dir.path), "\(name) names the local folder")
        }
        let json = try String(contentsOfFile: dir.path + "/out2/plan.json", encoding: .utf8)
        #expect(json.contains("\"file\":\"TCD/country.md\""))
    }

    @Test func diagnosticsKeepThePathsAsTheUserSpelledThem() throws {
        let dir = try Self.samplePlan()
        defer { dir.remove() }
        let line = try Self.append("UNHCR will distribute kits.", to: "CMR/protection.md", in: dir)
        for spelling in ["plan", "./plan/", dir.path + "/plan"] {
            let result = try RRPProcess.run(["lint", "--format", "line", spelling], in: dir.path)
            let prefix = spelling.hasSuffix("/") ? spelling : spelling + "/"
            #expect(result.stdout.hasPrefix("\(prefix)CMR/protection.md:\(line):1: warning: "), "\(result.stdout)")
        }
    }

    @Test func theLinterReadsAChapterInTheLanguageTheCompilerGivesIt() throws {
        let dir = try Self.samplePlan()
        defer { dir.remove() }
        // TCD's country chapter says `language: fr`; its protection chapter says nothing, so the
        // compiler (and plan.json) call it French: so must the linter, which reads this French
        // sentence for what it is only in French.
        let line = try Self.append("UNICEF soutient les écoles.", to: "TCD/protection.md", in: dir)
        let finding = "plan/TCD/protection.md:\(line):1: warning: 'UNICEF soutient' presents one agency as the actor of the response [language.agency-as-actor]"
        for arguments in [["lint", "--format", "line", "plan"], ["check", "--format", "line", "plan"], ["compile", "plan", "--out", "out", "--lint", "--diagnostics-format", "line"]] {
            let result = try RRPProcess.run(arguments, in: dir.path)
            #expect(result.stdout.contains(finding), "\(arguments): \(result.stdout)")
        }
        let json = try String(contentsOfFile: dir.path + "/out/plan.json", encoding: .utf8)
        #expect(json.contains("\"language\":\"fr\""))
    }

    @Test func aChapterWithABlankFirstLineFailsEveryCommandAtLineOne() throws {
        let dir = try Self.samplePlan()
        defer { dir.remove() }
        let chapter = dir.path + "/plan/TCD/protection.md"
        let original = try Data(contentsOf: URL(fileURLWithPath: chapter))
        try dir.write("plan/TCD/protection.md", bytes: [0x0A] + Array(original))
        let error = "plan/TCD/protection.md:1:1: error: Front matter must start on the first line: 1 blank line comes before '---' [syntax.front-matter-not-at-start]"
        for arguments in [["check", "--format", "line", "plan"], ["lint", "--format", "line", "plan"], ["fmt", "--format", "line", "plan"], ["compile", "plan", "--out", "out", "--diagnostics-format", "line"]] {
            let result = try RRPProcess.run(arguments, in: dir.path)
            #expect(result.status == 1, "\(arguments): \(result.stdout)\(result.stderr)")
            #expect(result.stdout.split(separator: "\n").contains { $0 == error }, "\(arguments): \(result.stdout)")
            #expect(!result.stdout.contains("plan.not-a-chapter"))
        }
        #expect(!FileManager.default.fileExists(atPath: dir.path + "/out/plan.json"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: chapter)) == Data([0x0A] + Array(original)), "fmt rewrote a chapter with an error")
        // The fix-it removes the blank line.
        let json = try RRPProcess.run(["check", "--format", "json", "plan/TCD/protection.md"], in: dir.path)
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let diagnostics = object?["diagnostics"] as? [[String: Any]] ?? []
        let fixIts = diagnostics.first { $0["id"] as? String == "syntax.front-matter-not-at-start" }?["fixIts"] as? [[String: Any]]
        #expect(fixIts?.first?["replacement"] as? String == "", "\(json.stdout)")
    }
}

/// Folders `rrp` may not read (mode 000; under root, `rrp` runs without the permission override:
/// see ``Unreadable``).
@Suite(.enabled(if: Unreadable.commandPrefix != nil, Comment(rawValue: Unreadable.skipReason)))
struct UnreadableFolderTests {
    @Test func anUnreadableCountryFolderStopsTheCompileInsteadOfDroppingTheCountry() throws {
        let dir = try InputCommandTests.samplePlan()
        defer { try? dir.chmod("plan/CMR", 0o755); dir.remove() }
        try dir.chmod("plan/CMR", 0o000)
        let prefix = try #require(Unreadable.commandPrefix)
        let compile = try RRPProcess.run(["compile", "plan", "--out", "out", "--diagnostics-format", "line"], in: dir.path, prefix: prefix)
        #expect(compile.status == 1, "\(compile.stdout)\(compile.stderr)")
        #expect(compile.stdout.contains("plan/CMR: error: Cannot read this folder: Permission denied [io.unreadable]"), "\(compile.stdout)")
        #expect(!FileManager.default.fileExists(atPath: dir.path + "/out/plan.json"))
        for command in ["check", "lint", "fmt"] {
            let result = try RRPProcess.run([command, "--format", "line", "plan"], in: dir.path, prefix: prefix)
            #expect(result.status == 1, "\(command): \(result.stdout)")
            #expect(result.stdout.contains("plan/CMR: error: Cannot read this folder"), "\(command): \(result.stdout)")
        }
    }

    @Test func anUnreadablePlanFolderIsSaidToBeUnreadable() throws {
        let dir = try InputCommandTests.samplePlan()
        defer { try? dir.chmod("plan", 0o755); dir.remove() }
        try dir.chmod("plan", 0o000)
        let prefix = try #require(Unreadable.commandPrefix)
        for arguments in [["check", "--format", "line", "plan"], ["compile", "plan", "--out", "out", "--diagnostics-format", "line"]] {
            let result = try RRPProcess.run(arguments, in: dir.path, prefix: prefix)
            #expect(result.status == 1)
            #expect(result.stdout == "plan: error: Cannot read this folder: Permission denied [io.unreadable]\n", "\(arguments): \(result.stdout)")
        }
    }
}
