import Foundation
import PlanModel

/// SARIF 2.1.0, the format code-scanning services read.
///
/// SARIF has no UTF-8 column kind, so columns are converted to Unicode code points
/// (`columnKind: unicodeCodePoints`) using the source lines; where a line is unknown the
/// UTF-8 column is kept.
public struct SARIFDiagnosticRenderer: DiagnosticRenderer {
    public var toolVersion: String
    public var rules: [Rule]

    public init(toolVersion: String, rules: [Rule] = []) {
        self.toolVersion = toolVersion
        self.rules = rules
    }

    public func render(_ diagnostics: [Diagnostic], sources: any SourceLines) -> String {
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
                "locations": [location(file: d.file, range: d.range, sources: sources)],
            ]
            if !d.fixIts.isEmpty {
                result["fixes"] = d.fixIts.map { fix -> [String: Any] in
                    [
                        "description": ["text": fix.message],
                        "artifactChanges": [[
                            "artifactLocation": ["uri": d.file],
                            "replacements": [[
                                "deletedRegion": region(file: d.file, range: fix.range, sources: sources),
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

    private func location(file: String, range: SourceRange?, sources: any SourceLines) -> [String: Any] {
        var physical: [String: Any] = ["artifactLocation": ["uri": file]]
        if let range { physical["region"] = region(file: file, range: range, sources: sources) }
        return ["physicalLocation": physical]
    }

    private func region(file: String, range: SourceRange, sources: any SourceLines) -> [String: Any] {
        [
            "startLine": range.start.line,
            "startColumn": codePointColumn(file: file, location: range.start, sources: sources),
            "endLine": range.end.line,
            "endColumn": codePointColumn(file: file, location: range.end, sources: sources),
        ]
    }

    private func codePointColumn(file: String, location: SourceLocation, sources: any SourceLines) -> Int {
        guard let line = sources.text(ofLine: location.line, inFile: file) else { return location.column }
        let bytes = Array(line.utf8)
        let prefix = bytes.prefix(max(location.column - 1, 0))
        return String(decoding: prefix, as: UTF8.self).unicodeScalars.count + 1
    }
}
