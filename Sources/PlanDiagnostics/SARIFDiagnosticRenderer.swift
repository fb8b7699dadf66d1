import Foundation
import PlanModel

/// SARIF 2.1.0, the format code-scanning services read.
///
/// SARIF has no UTF-8 column kind, so columns are converted to Unicode code points
/// (`columnKind: unicodeCodePoints`) using the source lines (``CodePointColumns``); where a line
/// is unknown the UTF-8 column is kept. Artifact URIs are the diagnostic paths percent-encoded
/// (RFC 3986: every byte but unreserved characters and `/`), so that a path with a space or a
/// `%` is a valid URI reference.
public struct SARIFDiagnosticRenderer: DiagnosticRenderer {
    public var toolVersion: String
    public var rules: [Rule]

    public init(toolVersion: String, rules: [Rule] = []) {
        self.toolVersion = toolVersion
        self.rules = rules
    }

    public func render(_ diagnostics: [Diagnostic], sources: any SourceLines) -> String {
        var columns = CodePointColumns(sources: sources)
        let describedRules = Dictionary(rules.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let ruleIDs = Array(Set(diagnostics.map(\.id))).sorted()
        let ruleObjects: [[String: Any]] = ruleIDs.map { id in
            var rule: [String: Any] = ["id": id.rawValue]
            if let d = describedRules[id] {
                rule["shortDescription"] = ["text": d.summary]
                rule["fullDescription"] = ["text": d.explanation]
                rule["defaultConfiguration"] = ["level": level(d.defaultSeverity)]
            }
            return rule
        }
        let results: [[String: Any]] = diagnostics.map { d in
            var result: [String: Any] = [
                "ruleId": d.id.rawValue,
                "ruleIndex": ruleIDs.firstIndex(of: d.id) ?? 0,
                "level": level(d.severity),
                "message": ["text": d.summary + (d.explanation.map { "\n\n" + $0 } ?? "")],
                "locations": [location(file: d.file, range: d.range, columns: &columns)],
            ]
            if !d.fixIts.isEmpty {
                result["fixes"] = d.fixIts.map { fix -> [String: Any] in
                    [
                        "description": ["text": fix.message],
                        "artifactChanges": [[
                            "artifactLocation": ["uri": Self.uri(d.file)],
                            "replacements": [[
                                "deletedRegion": region(file: d.file, range: fix.range, columns: &columns),
                                "insertedContent": ["text": fix.replacement],
                            ]],
                        ]],
                    ]
                }
            }
            return result
        }
        let log: [String: Any] = [
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "version": "2.1.0",
            "runs": [[
                "tool": ["driver": [
                    "name": "rrp",
                    "semanticVersion": toolVersion,
                    "rules": ruleObjects,
                ] as [String: Any]],
                "columnKind": "unicodeCodePoints",
                "results": results,
            ] as [String: Any]],
        ]
        let data = (try? JSONSerialization.data(withJSONObject: log, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .note: "note"
        }
    }

    private func location(file: String, range: SourceRange?, columns: inout CodePointColumns) -> [String: Any] {
        var physical: [String: Any] = ["artifactLocation": ["uri": Self.uri(file)]]
        if let range { physical["region"] = region(file: file, range: range, columns: &columns) }
        return ["physicalLocation": physical]
    }

    private func region(file: String, range: SourceRange, columns: inout CodePointColumns) -> [String: Any] {
        [
            "startLine": range.start.line,
            "startColumn": columns.column(of: range.start, inFile: file),
            "endLine": range.end.line,
            "endColumn": columns.column(of: range.end, inFile: file),
        ]
    }

    /// `path` as a URI reference: bytes other than unreserved characters and `/` percent-encoded.
    static func uri(_ path: String) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(path.utf8.count)
        for b in path.utf8 {
            switch b {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                out.append(b)
            default:
                out += [UInt8(ascii: "%"), hex[Int(b >> 4)], hex[Int(b & 0xF)]]
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
