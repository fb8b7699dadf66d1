import Foundation
import PlanDiagnostics
import PlanSyntax

/// Today's findings, recorded so that an existing plan can adopt the linter and see only new
/// findings (`rrp lint --write-baseline FILE`, then `--baseline FILE`).
///
/// Entries are keyed by file, rule and ``LintFingerprint`` (never the line number), with a
/// count for repeated identical findings. The JSON is deterministic: sorted entries and keys.
public struct LintBaseline: Codable, Sendable, Equatable {
    /// The format version written by this code.
    public static let currentVersion = 1

    /// One recorded finding (or `count` identical ones).
    public struct Entry: Codable, Sendable, Hashable, Comparable {
        /// The file as the diagnostic names it.
        public var file: String
        /// The rule ID.
        public var rule: String
        /// ``LintFingerprint`` of the finding.
        public var fingerprint: String
        /// How many identical findings the entry absorbs.
        public var count: Int

        /// An entry for `count` identical findings.
        public init(file: String, rule: String, fingerprint: String, count: Int = 1) {
            self.file = file
            self.rule = rule
            self.fingerprint = fingerprint
            self.count = count
        }

        /// Orders by file, rule, fingerprint (the file's order).
        public static func < (a: Entry, b: Entry) -> Bool {
            (a.file, a.rule, a.fingerprint) < (b.file, b.rule, b.fingerprint)
        }
    }

    /// The format version of the file.
    public var version: Int
    /// Recorded findings, sorted.
    public var entries: [Entry]

    /// A baseline of `entries` (sorted for deterministic output).
    public init(entries: [Entry]) {
        version = Self.currentVersion
        self.entries = entries.sorted()
    }

    /// Records `diagnostics`; `sources` are the files they point into (matched by path).
    public init(diagnostics: [Diagnostic], sources: [SourceFile]) {
        var counts: [Entry: Int] = [:]
        for key in Self.keys(diagnostics, sources) { counts[key, default: 0] += 1 }
        self.init(entries: counts.map { var e = $0.key; e.count = $0.value; return e })
    }

    /// The diagnostics not recorded in the baseline (each entry absorbs up to `count`
    /// identical findings).
    public func filter(_ diagnostics: [Diagnostic], sources: [SourceFile]) -> [Diagnostic] {
        var remaining: [Entry: Int] = [:]
        for e in entries { var key = e; key.count = 1; remaining[key, default: 0] += e.count }
        return zip(diagnostics, Self.keys(diagnostics, sources)).compactMap { diagnostic, key in
            guard let left = remaining[key], left > 0 else { return diagnostic }
            remaining[key] = left - 1
            return nil
        }
    }

    /// Pretty-printed JSON with sorted keys and a final newline.
    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self) + Data("\n".utf8)
    }

    /// Writes ``encoded()`` to `path`.
    public func write(to path: String) throws {
        try encoded().write(to: URL(fileURLWithPath: path))
    }

    /// Reads a baseline file; throws on I/O errors, malformed JSON or a newer format version.
    public static func read(from path: String) throws -> LintBaseline {
        let baseline = try JSONDecoder().decode(LintBaseline.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
        guard baseline.version <= currentVersion else { throw LintBaselineError.unsupportedVersion(baseline.version) }
        return baseline
    }

    private static func keys(_ diagnostics: [Diagnostic], _ sources: [SourceFile]) -> [Entry] {
        let byPath = Dictionary(sources.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        return diagnostics.map { d in
            Entry(file: d.file, rule: d.id.rawValue, fingerprint: LintFingerprint.of(d, in: byPath[d.file]))
        }
    }
}

/// A baseline file that this version cannot read.
public enum LintBaselineError: Error, Equatable, CustomStringConvertible {
    case unsupportedVersion(Int)

    /// The error as one line.
    public var description: String {
        switch self {
        case .unsupportedVersion(let v): "baseline format version \(v) is newer than this tool (\(LintBaseline.currentVersion))"
        }
    }
}
