import PlanModel

/// The human form: the one-line header, the source line, a caret under the range, the
/// explanation, notes and fix-its. ANSI colour only when asked (on a terminal).
public struct TextDiagnosticRenderer: DiagnosticRenderer {
    public var colour: Bool

    public init(colour: Bool = false) {
        self.colour = colour
    }

    public func render(_ diagnostics: [Diagnostic], sources: any SourceLines) -> String {
        var out = ""
        for d in diagnostics {
            let header = LineDiagnosticRenderer.location(file: d.file, range: d.range)
            out += paint(header, .bold) + " " + paint("\(d.severity.rawValue):", style(for: d.severity))
            out += " " + paint(d.summary, .bold) + " [\(d.id)]\n"
            if let range = d.range, let line = sources.text(ofLine: range.start.line, inFile: d.file) {
                out += quote(line: line, range: range)
            }
            if let explanation = d.explanation {
                out += indent(explanation)
            }
            for note in d.notes {
                let location = note.range.map { " (\(note.file ?? d.file):\($0.start.line):\($0.start.column))" } ?? ""
                out += "  " + paint("note:", .cyan) + " \(note.message)\(location)\n"
            }
            for fix in d.fixIts {
                out += "  " + paint("fix:", .green) + " \(fix.message)\n"
            }
        }
        return out
    }

    private func quote(line: String, range: SourceRange) -> String {
        let gutter = String(range.start.line)
        let bytes = Array(line.utf8)
        let startByte = min(max(range.start.column - 1, 0), bytes.count)
        let endByte: Int
        if range.end.line == range.start.line {
            endByte = min(max(range.end.column - 1, startByte), bytes.count)
        } else {
            endByte = bytes.count
        }
        let prefix = String(decoding: bytes[0..<startByte], as: UTF8.self)
        let marked = String(decoding: bytes[startByte..<endByte], as: UTF8.self)
        let pad = String(prefix.unicodeScalars.map { $0 == "\t" ? "\t" : String(repeating: " ", count: Self.cells($0)) }.joined())
        let carets = "^" + String(repeating: "~", count: max(marked.unicodeScalars.reduce(0) { $0 + Self.cells($1) } - 1, 0))
        let blank = String(repeating: " ", count: gutter.count)
        return " \(gutter) | \(line)\n \(blank) | \(pad)" + paint(carets, .green) + "\n"
    }

    /// Terminal cells a scalar occupies: two for East Asian wide characters, else one.
    static func cells(_ scalar: Unicode.Scalar) -> Int {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F,
             0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1FAFF, 0x20000...0x3FFFD:
            2
        default:
            1
        }
    }

    private func indent(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { "  \($0)\n" }.joined()
    }

    private enum Style: String {
        case bold = "1", red = "1;31", yellow = "1;33", cyan = "1;36", green = "32"
    }

    private func style(for severity: Severity) -> Style {
        switch severity {
        case .error: .red
        case .warning: .yellow
        case .note: .cyan
        }
    }

    private func paint(_ text: String, _ style: Style) -> String {
        colour ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
    }
}
