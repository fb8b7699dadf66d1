import Foundation

/// GitHub Actions workflow commands: `::error file=F,line=L,col=C,endLine=..,endColumn=..,title=ID::summary`.
///
/// GitHub shows at most 10 annotations of each severity per step and 50 per job, so this renderer
/// caps annotations per file (`perFileLimit`) and ends with one `::notice` line that says how many
/// were left out, so nothing is silently lost. Notes become `::notice` annotations. GitHub
/// counts columns in characters: `col` and `endColumn` are code point columns
/// (``CodePointColumns``), not RRPKit's UTF-8 byte columns.
public struct GitHubDiagnosticRenderer: DiagnosticRenderer {
    public var perFileLimit: Int

    public init(perFileLimit: Int = 25) {
        self.perFileLimit = perFileLimit
    }

    public func render(_ diagnostics: [Diagnostic], sources: any SourceLines) -> String {
        var out = ""
        var columns = CodePointColumns(sources: sources)
        var perFile: [String: Int] = [:]
        var omitted: [String: Int] = [:]
        for d in diagnostics {
            let count = perFile[d.file, default: 0]
            guard count < perFileLimit else {
                omitted[d.file, default: 0] += 1
                continue
            }
            perFile[d.file] = count + 1
            let command = switch d.severity {
            case .error: "error"
            case .warning: "warning"
            case .note: "notice"
            }
            var properties = ["file=\(escapeProperty(d.file))"]
            if let r = d.range {
                properties.append("line=\(r.start.line)")
                properties.append("col=\(columns.column(of: r.start, inFile: d.file))")
                properties.append("endLine=\(r.end.line)")
                properties.append("endColumn=\(columns.column(of: r.end, inFile: d.file))")
            }
            properties.append("title=\(escapeProperty(d.id.rawValue))")
            var message = d.summary
            if let fix = d.fixIts.first { message += "\n\(fix.message)" }
            out += "::\(command) \(properties.joined(separator: ","))::\(escapeData(message))\n"
        }
        for file in omitted.keys.sorted() {
            let n = omitted[file] ?? 0
            out += "::notice file=\(escapeProperty(file)),title=rrp::\(n) more finding\(n == 1 ? "" : "s") in this file not annotated (limit \(perFileLimit) per file); run rrp locally to see all\n"
        }
        let errors = diagnostics.count { $0.severity == .error }
        let warnings = diagnostics.count { $0.severity == .warning }
        out += "rrp: \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")\n"
        return out
    }

    private func escapeData(_ s: String) -> String {
        s.replacingOccurrences(of: "%", with: "%25")
            .replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    private func escapeProperty(_ s: String) -> String {
        escapeData(s).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
