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
            if let range = d.range, let quoted = sources.withBytes(ofLine: range.start.line, inFile: d.file, { quote(bytes: $0, range: range) }) {
                out += quoted
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

    /// A line up to this many bytes is quoted whole; a longer one (a paragraph written on one
    /// line) is quoted as a window around the range, so that the output of many findings on one
    /// long line grows with their number, not with their number times the line's length.
    static let wholeLineLimit = 200
    /// Bytes of context kept on each side of the range in a window.
    static let windowContext = 80
    /// The most bytes of the range itself a window shows (the carets mark what is shown).
    static let windowMark = 120

    private func quote(bytes: UnsafeBufferPointer<UInt8>, range: SourceRange) -> String {
        let gutter = String(range.start.line)
        let count = bytes.count
        let startByte = Self.scalarStart(min(max(range.start.column - 1, 0), count), in: bytes)
        var endByte = range.end.line == range.start.line ? min(max(range.end.column - 1, startByte), count) : count
        var lower = 0, upper = count
        if count > Self.wholeLineLimit {
            endByte = Self.scalarStart(min(endByte, startByte + Self.windowMark), in: bytes)
            lower = Self.scalarStart(max(startByte - Self.windowContext, 0), in: bytes)
            upper = Self.scalarStart(min(endByte + Self.windowContext, count), in: bytes)
        }
        func text(_ r: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[r]), as: UTF8.self) }
        let before = lower > 0 ? "…" : "", after = upper < count ? "…" : ""
        let prefix = before + text(lower..<startByte)
        let marked = text(startByte..<endByte)
        let pad = String(prefix.unicodeScalars.map { $0 == "\t" ? "\t" : String(repeating: " ", count: Self.cells($0)) }.joined())
        let carets = "^" + String(repeating: "~", count: max(marked.unicodeScalars.reduce(0) { $0 + Self.cells($1) } - 1, 0))
        let blank = String(repeating: " ", count: gutter.count)
        return " \(gutter) | \(before)\(text(lower..<upper))\(after)\n \(blank) | \(pad)" + paint(carets, .green) + "\n"
    }

    /// `offset`, moved back to the first byte of the UTF-8 sequence it falls in.
    public static func scalarStart(_ offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var i = offset
        while i > 0, i < bytes.count, bytes[i] & 0xC0 == 0x80 { i -= 1 }
        return i
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
