import Foundation
import PlanSyntax
import TestSupport
import Testing

/// The `io.*` rules' examples are listings of a plan folder (see ``SourceRules``): each is created
/// on disk and walked, so the examples are the rules' tests.
@Suite struct SourceRulesExamplesTests {
    /// The `io.*` IDs the walk reports for `example`, created as the folder `plan`.
    static func ids(of example: String) throws -> [String] {
        let dir = try TemporaryDirectory()
        var locked: [String] = []
        defer {
            for path in locked { try? dir.chmod(path, 0o755) }
            dir.remove()
        }
        for line in example.split(separator: "\n").map(String.init) {
            var entry = line
            var mode: String?
            if let open = entry.range(of: " (") {
                mode = String(entry[open.upperBound...].dropLast())
                entry = String(entry[..<open.lowerBound])
            }
            let path = "plan/" + entry
            if let arrow = entry.range(of: " -> ") {
                try dir.link("plan/" + entry[..<arrow.lowerBound], to: String(entry[arrow.upperBound...]))
            } else if entry.contains("\\x") {
                let parts = entry.split(separator: "/", omittingEmptySubsequences: false)
                try dir.write(in: "plan/" + parts.dropLast().joined(separator: "/"), rawName: rawBytes(String(parts.last!)), "x")
            } else if mode == "fifo" {
                try dir.fifo(path)
            } else if entry.hasSuffix("/") {
                try FileManager.default.createDirectory(atPath: dir.path + "/" + path, withIntermediateDirectories: true)
            } else {
                try dir.write(path, "x")
            }
            if mode == "no read permission" { locked.append(path) }
        }
        for path in locked { try dir.chmod(path, 0o000) }
        return InputWalk.folder(dir.path + "/plan").diagnostics.map(\.id)
    }

    /// `r\xE9s.md` as bytes.
    static func rawBytes(_ name: String) -> [UInt8] {
        var out: [UInt8] = []
        var rest = Substring(name)
        while !rest.isEmpty {
            if rest.hasPrefix("\\x"), let byte = UInt8(rest.dropFirst(2).prefix(2), radix: 16) {
                out.append(byte)
                rest = rest.dropFirst(4)
            } else {
                out += Array(String(rest.removeFirst()).utf8)
            }
        }
        return out
    }

    /// Examples that need a permission root does not obey are left to the process tests.
    static func runnable(_ example: String) -> Bool {
        !(Unreadable.bypassedHere && example.contains("(no read permission)"))
    }

    @Test(arguments: SourceRules.all.map(\.id))
    func triggeringExamplesReportTheRule(id: String) throws {
        let rule = try #require(SourceRules.all.first { $0.id == id })
        #expect(!rule.triggering.isEmpty)
        for example in rule.triggering where Self.runnable(example) {
            #expect(try Self.ids(of: example).contains(id), "\(id) not reported for:\n\(example)")
        }
    }

    @Test(arguments: SourceRules.all.map(\.id))
    func nonTriggeringExamplesReportNothing(id: String) throws {
        let rule = try #require(SourceRules.all.first { $0.id == id })
        #expect(!rule.nonTriggering.isEmpty)
        for example in rule.nonTriggering {
            #expect(try Self.ids(of: example).isEmpty, "\(id) non-triggering example reports something:\n\(example)")
        }
    }

    @Test func catalogueIDsAreUniqueAndWellFormed() {
        let ids = SourceRules.all.map(\.id)
        #expect(Set(ids).count == ids.count)
        for rule in SourceRules.all {
            #expect(rule.id.hasPrefix("io."))
            #expect(rule.defaultSeverity == .error)
            #expect(!rule.summary.hasSuffix("."))
        }
    }
}
