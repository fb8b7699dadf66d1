import Foundation
import PlanCompiler
import PlanDiagnostics
import PlanModel
import PlanSyntax

/// `rrp diff`: compiles two versions of a plan, two folders or two git revisions of one folder
/// (each exported with `git archive` into a temporary folder), and compares them (``PlanDiff``).
public enum PlanDiffRunner {
    /// What the diff found: the report, or why the versions could not be compared.
    public struct Outcome: Sendable {
        /// The diff in the requested format; `nil` when a version has errors.
        public var output: String?
        /// The diagnostics of the versions that have errors (paths as read).
        public var report: CheckReport
        /// The diff itself, when both versions compiled.
        public var diff: PlanDiff?
    }

    /// Why a git revision could not be exported.
    public struct GitError: Error, CustomStringConvertible, Sendable {
        public var description: String
    }

    /// Compares the plan folders `old` and `new`, named `oldName` and `newName` in the report.
    public static func diff(old: String, new: String, format: PlanDiffReport.Format, oldName: String? = nil, newName: String? = nil) -> Outcome {
        let (a, b) = Concurrently.run({ PlanCompiler.compile(directory: old) }, beside: { PlanCompiler.compile(directory: new) })
        var engine = DiagnosticEngine()
        var sources = SourceFileTable()
        for compilation in [a, b] where compilation.plan == nil || compilation.hasErrors {
            engine.emit(contentsOf: compilation.diagnostics.filter { $0.severity == .error })
            for file in compilation.files { sources.add(file.source.file) }
        }
        let report = CheckReport(engine: engine, sources: sources, fileCount: a.files.count + b.files.count)
        guard !engine.hasErrors, let oldPlan = a.plan, let newPlan = b.plan else { return Outcome(output: nil, report: report, diff: nil) }
        let diff = PlanDiff(old: oldPlan, new: newPlan)
        return Outcome(output: PlanDiffReport.render(diff, format: format, old: oldName ?? old, new: newName ?? new), report: report, diff: diff)
    }

    /// Compares the plan folder `plan` at git revisions `old` and `new` of its repository.
    public static func diff(gitOld old: String, gitNew new: String, plan: String, format: PlanDiffReport.Format) throws -> Outcome {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("rrp-diff-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let top = try git(["-C", plan, "rev-parse", "--show-toplevel"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let prefix = try git(["-C", plan, "rev-parse", "--show-prefix"]).trimmingCharacters(in: .whitespacesAndNewlines)
        var folders: [String] = []
        for (index, revision) in [old, new].enumerated() {
            let root = scratch + "/\(index)"
            try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
            let tar = scratch + "/\(index).tar"
            _ = try git(["-C", top, "archive", "--format=tar", "-o", tar, revision, "--"] + (prefix.isEmpty ? ["."] : [prefix]))
            try run("/usr/bin/env", ["tar", "-xf", tar, "-C", root])
            folders.append(prefix.isEmpty ? root : root + "/" + prefix)
        }
        let shown = prefix.isEmpty ? "." : String(prefix.dropLast(prefix.hasSuffix("/") ? 1 : 0))
        return diff(old: folders[0], new: folders[1], format: format, oldName: "\(old):\(shown)", newName: "\(new):\(shown)")
    }

    /// `git ARGUMENTS`' standard output; throws with git's message when it fails.
    private static func git(_ arguments: [String]) throws -> String {
        try run("/usr/bin/env", ["git"] + arguments)
    }

    private static func run(_ tool: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        do { try process.run() } catch { throw GitError(description: "cannot run \(arguments.first ?? tool): \(error)") }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let message = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let text = String(decoding: message, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw GitError(description: "\(arguments.prefix(4).joined(separator: " ")) failed: \(text)")
        }
        return String(decoding: data, as: UTF8.self)
    }
}
