import Foundation
import PlanDiagnostics
import PlanRender

/// Runs a rule example (``RuleExample``) the way a user would meet it: its files are written
/// into a fresh temporary folder and checked with `rrp check` (or compiled with `rrp compile`
/// when the example says so). The one runner of every rule's examples.
public enum RuleExampleRunner {
    /// What an example produced.
    public struct Result: Sendable {
        public var example: RuleExample
        /// Every diagnostic, with paths relative to the example (`TCD/country.md`, `example`
        /// for the plan folder, `chapter.md` for a single file).
        public var diagnostics: [Diagnostic]

        /// The findings of `id` in the example's own files (not in the default plan file).
        public func findings(of id: RuleID) -> [Diagnostic] {
            let shared = example.sharedPaths
            return diagnostics.filter { $0.id == id && !shared.contains($0.file) }
        }

        /// The `↓` marks that no finding of `id` starts at.
        public func unmetMarks(of id: RuleID) -> [RuleExample.Mark] {
            let found = findings(of: id)
            return example.marks.filter { mark in
                !found.contains { $0.file == mark.path && $0.range?.start.line == mark.line && $0.range?.start.column == mark.column }
            }
        }
    }

    /// Runs `text`, an example in the ``RuleExample`` format.
    public static func run(_ text: String) -> Result {
        let example = RuleExample(text)
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("rrp-example-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let root = example.isFolder ? scratch + "/" + RuleExample.folder : scratch
        var locks: [Int32] = []
        defer { for fd in locks { close(fd) } }
        do {
            try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
            for file in example.files {
                try materialise(file, in: root)
                if case .locked = file.kind {
                    let fd = open(root + "/" + file.path, O_RDWR)
                    if fd >= 0, flock(fd, LOCK_EX) == 0 { locks.append(fd) }
                }
            }
        } catch {
            return Result(example: example, diagnostics: [])
        }
        let target = example.isFolder ? root : root + "/" + RuleExample.singleFile
        let diagnostics: [Diagnostic]
        switch example.command {
        case .check:
            let paths = example.arguments.isEmpty ? [target] : example.arguments.map { scratch + "/" + $0 }
            diagnostics = PlanChecker.check(paths: paths, options: example.options, forPublication: example.forPublication).diagnostics
        case .compile:
            var request = CompileRequest(planDirectory: target, outDirectory: scratch + "/out", diagnostics: example.options, lockWait: .zero)
            request.forPublication = example.forPublication
            diagnostics = (try? PlanCompileRunner.run(request).report.diagnostics) ?? []
        }
        return Result(example: example, diagnostics: diagnostics.map { relative($0, to: root, scratch: scratch) })
    }

    private static func materialise(_ file: RuleExample.File, in root: String) throws {
        let path = root + "/" + file.path
        let parent = (path as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        switch file.kind {
        case .text(let text) where path.contains("\\x"):
            // A name that is not UTF-8, written with `\xHH` escapes: created from its bytes.
            var name: [UInt8] = []
            var rest = Substring(path)
            while let escape = rest.range(of: "\\x") {
                name += Array(rest[..<escape.lowerBound].utf8)
                let hex = rest[escape.upperBound...].prefix(2)
                name.append(UInt8(hex, radix: 16) ?? 0x3F)
                rest = rest[escape.upperBound...].dropFirst(2)
            }
            name += Array(rest.utf8)
            let fd = (name.map { CChar(bitPattern: $0) } + [0]).withUnsafeBufferPointer { open($0.baseAddress!, O_WRONLY | O_CREAT | O_TRUNC, 0o644) }
            guard fd >= 0 else { throw CocoaError(.fileWriteUnknown) }
            defer { close(fd) }
            let bytes = RuleExample.bytes(of: text)
            _ = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        case .text(let text): try Data(RuleExample.bytes(of: text)).write(to: URL(fileURLWithPath: path))
        case .link(let target): try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: target)
        case .folder: try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        case .locked: try Data().write(to: URL(fileURLWithPath: path))
        }
    }

    /// `diagnostic` with its paths relative to the example's root.
    private static func relative(_ diagnostic: Diagnostic, to root: String, scratch: String) -> Diagnostic {
        func strip(_ path: String) -> String {
            if path == root { return RuleExample.folder }
            if path.hasPrefix(root + "/") { return String(path.dropFirst(root.count + 1)) }
            return path.hasPrefix(scratch + "/") ? String(path.dropFirst(scratch.count + 1)) : path
        }
        var d = diagnostic
        d.file = strip(d.file)
        d.notes = d.notes.map { note in var n = note; n.file = n.file.map(strip); return n }
        return d
    }
}
