import Dispatch
import Foundation
import PlanDriver
import PlanRender
import PlanSyntax
import TestSupport
import Testing

/// `rrp compile` killed, failing on a full disk, or run twice at once: the output folder always
/// says what it holds, and the next compile leaves it exactly as an uninterrupted one would.
/// (Scripts/interrupt-outputs.py runs the kill loop with many more trials.)
@Suite(.serialized) struct InterruptedCompileTests {
    /// The fixture (variant A), and a variant B without Cameroon and with another title, so that
    /// every file changes and Cameroon's documents go stale.
    static func variants() throws -> (a: TemporaryDirectory, b: TemporaryDirectory) {
        let a = try RenderFixture.copy(), b = try RenderFixture.copy()
        try StaleCompileTests.removeCameroon(from: b)
        let text = try String(contentsOfFile: b.path + "/plan.md", encoding: .utf8)
        try b.write("plan.md", text.replacingOccurrences(of: "plan: Illustrative Two-Country", with: "plan: Illustrative Revised Two-Country"))
        return (a, b)
    }

    /// Every regular file of `dir` by name.
    static func contents(_ dir: String) throws -> [String: Data] {
        var out: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: dir) {
            if let data = FileManager.default.contents(atPath: dir + "/" + name) { out[name] = data }
        }
        return out
    }

    static func temporaries(_ dir: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: dir).filter { AtomicFile.target(ofTemporary: $0) != nil }
    }

    /// What a killed compile may leave: each output file in the folder holds bytes its manifest
    /// lists for it (the new entry, or while in progress the replaced one), and a complete
    /// manifest's files are all there as listed.
    static func expectAccounted(_ dir: String, trial: Int) throws {
        let manifest = try OutputManifest.parse(Array(FileManager.default.contents(atPath: dir + "/.rrp-outputs.json") ?? Data())).get()
        let files = try contents(dir).filter { OutputName.isPlain($0.key) && $0.key != "notes.txt" }
        for (name, data) in files {
            let entries = (manifest.files + manifest.replaced).filter { $0.name == name }
            #expect(entries.contains { $0.matches(Array(data)) }, "trial \(trial): \(name) is not what the \(manifest.state) manifest lists")
        }
        if manifest.state == .complete {
            for entry in manifest.files { #expect(files[entry.name].map { entry.matches(Array($0)) } == true, "trial \(trial): \(entry.name)") }
        }
    }

    @Test func aKilledCompileIsFinishedByTheNextOne() throws {
        let (a, b) = try Self.variants()
        let out = try TemporaryDirectory(), refA = try TemporaryDirectory(), refB = try TemporaryDirectory()
        defer { [a, b, out, refA, refB].forEach { $0.remove() } }
        #expect(try RRPProcess.run(["compile", a.path, "--out", refA.path]).status == 0)
        #expect(try RRPProcess.run(["compile", b.path, "--out", refB.path]).status == 0)
        var reference = [try Self.contents(refA.path), try Self.contents(refB.path)]
        for i in reference.indices { reference[i][".rrp-outputs.lock"] = Data() }
        try out.write("notes.txt", "mine")
        let start = ContinuousClock.now
        #expect(try RRPProcess.run(["compile", a.path, "--out", out.path]).status == 0)
        let duration = ContinuousClock.now - start
        let trials = 8
        for trial in 0..<trials {
            let plan = trial % 2 == 0 ? b.path : a.path
            _ = try RRPProcess.kill(["compile", plan, "--out", out.path], after: duration * Double(trial + 1) / Double(trials))
            try Self.expectAccounted(out.path, trial: trial)
            let next = try RRPProcess.run(["compile", plan, "--out", out.path])
            #expect(next.status == 0, "\(next.stderr)")
            #expect(try Self.temporaries(out.path).isEmpty, "trial \(trial)")
            var expected = reference[trial % 2 == 0 ? 1 : 0]
            expected["notes.txt"] = Data("mine".utf8)
            #expect(try Self.contents(out.path) == expected, "trial \(trial): \(next.stderr)")
        }
    }

    /// A full disk (every file limited to 4 KB) fails the compile with `io.unwritable`, and the
    /// folder is as it was: no new file outside the manifest, no temporary.
    @Test func aCompileFailingOnAFullDiskLeavesTheFolderAsItWas() throws {
        let (a, b) = try Self.variants()
        let out = try TemporaryDirectory()
        defer { [a, b, out].forEach { $0.remove() } }
        #expect(try RRPProcess.run(["compile", b.path, "--out", out.path]).status == 0)
        let before = try Self.contents(out.path)
        let full = try RRPProcess.run(["compile", a.path, "--out", out.path, "--diagnostics-format", "line", "--severity", "io.unwritable=off"], fileSizeLimit: 4096)
        #expect(full.status == 1, "a failed write fails the compile even with its diagnostic turned off")
        #expect(full.stderr.contains("rrp: nothing written to \(out.path): an output file cannot be written"), "\(full.stderr)")
        let line = try RRPProcess.run(["compile", a.path, "--out", out.path, "--diagnostics-format", "line"], fileSizeLimit: 4096)
        #expect(line.status == 1)
        #expect(line.stdout.contains(": error: Cannot write the output file: file too large [io.unwritable]"), "\(line.stdout)")
        #expect(try Self.contents(out.path) == before)
        #expect(try Self.temporaries(out.path).isEmpty)
        let later = try RRPProcess.run(["compile", a.path, "--out", out.path])
        #expect(later.status == 0, "\(later.stderr)")
        #expect(!later.stderr.contains("rrp: warning"), "\(later.stderr)")
    }

    /// A second compile into a folder waits for the first (here a lock held by the test for a
    /// moment), says so, and then writes.
    @Test func aSecondCompileWaitsForTheFirst() throws {
        let out = try TemporaryDirectory()
        defer { out.remove() }
        let fd = open(out.path + "/.rrp-outputs.lock", O_RDWR | O_CREAT, 0o644)
        defer { close(fd) }
        #expect(flock(fd, LOCK_EX) == 0)
        DispatchQueue.global().asyncAfter(deadline: .now() + 1) { flock(fd, LOCK_UN) }
        let result = try RRPProcess.run(["compile", RenderFixture.folder, "--out", out.path, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("rrp: waiting for another compile into \(out.path) to finish\n"), "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: out.path + "/plan.json"))
    }

    /// When the wait ends first: an `io.locked` error, and nothing written.
    @Test func aCompileThatCannotGetTheFolderFailsWithIOLocked() throws {
        let out = try TemporaryDirectory()
        defer { out.remove() }
        let holder = try OutputSession(directory: out.path)
        defer { holder.abandon() }
        let outcome = try PlanCompileRunner.run(CompileRequest(planDirectory: RenderFixture.folder, outDirectory: out.path, lockWait: .milliseconds(50)))
        #expect(outcome.outputFailure == .locked(folder: out.path, lockFile: out.path + "/.rrp-outputs.lock"))
        #expect(outcome.report.hasErrors && outcome.files.isEmpty)
        #expect(outcome.report.diagnostics.map(\.id).contains("io.locked"))
        #expect(outcome.summaryLine(out: "out") == "nothing written to out: another compile is writing into it")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == [".rrp-outputs.lock"])
    }
}
