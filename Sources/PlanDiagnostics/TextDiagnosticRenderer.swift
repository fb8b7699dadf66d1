import PlanModel

/// The human form: the one-line header, the source line, a caret under the range, the
/// explanation, notes and fix-its. ANSI colour only when asked (on a terminal).
public struct TextDiagnosticRenderer: DiagnosticRenderer {
    public var colour: Bool

    public init(colour: Bool = false) {
        self.colour = colour
    }

    public func render(_ diagnostics: [Diagnostic], sources: any SourceLines) -> String {
        String(decoding: renderUTF8(diagnostics, sources: sources), as: UTF8.self)
    }

    /// Written as bytes: a first lint of an existing plan reports tens of thousands of findings,
    /// each with its quoted line. A rule's explanation is printed with its first diagnostic
    /// only (see ``explainedHere(_:)``).
    public func renderUTF8(_ diagnostics: [Diagnostic], sources: any SourceLines) -> [UInt8] {
        let explained = Self.explainedHere(diagnostics)
        return SlicedRendering.render(diagnostics) { renderSlice($0, explained: explained, sources: sources) }
    }

    /// ``renderUTF8(_:sources:)`` as the slices rendered on each core (see ``SlicedRendering``).
    public func renderUTF8Parts(_ diagnostics: [Diagnostic], sources: any SourceLines) -> [[UInt8]] {
        let explained = Self.explainedHere(diagnostics)
        return SlicedRendering.renderParts(diagnostics) { renderSlice($0, explained: explained, sources: sources) }
    }

    /// Whether each diagnostic prints its explanation: the first of a rule does, a later one of
    /// the same rule with the same explanation does not (a first lint would repeat one rule's
    /// paragraph thousands of times; `rrp explain ID` prints it again).
    static func explainedHere(_ diagnostics: [Diagnostic]) -> [Bool] {
        var seen: [RuleID: [String]] = [:]
        var explained = [Bool](repeating: false, count: diagnostics.count)
        // The pair last looked at is in `seen` already: a run of one rule's findings is
        // settled without hashing the rule each time.
        var last: (id: RuleID, explanation: String)?
        for i in diagnostics.indices {
            guard let explanation = diagnostics[i].explanation else { continue }
            let id = diagnostics[i].id
            if let last, last.id == id, last.explanation == explanation { continue }
            last = (id, explanation)
            if seen[id]?.contains(explanation) == true { continue }
            seen[id, default: []].append(explanation)
            explained[i] = true
        }
        return explained
    }

    private func renderSlice(_ diagnostics: ArraySlice<Diagnostic>, explained: [Bool], sources: any SourceLines) -> [UInt8] {
        // About 450 bytes a finding with its quoted line, caret line and fix: sized so that a
        // slice's buffer is not grown (and copied) on the way.
        var out = UTF8Buffer(capacity: diagnostics.count * 512)
        // Each run of diagnostics in one file looks the file up once for its quoted lines.
        var runStart = diagnostics.startIndex
        while runStart < diagnostics.endIndex {
            let file = diagnostics[runStart].file
            var runEnd = runStart + 1
            while runEnd < diagnostics.endIndex, diagnostics[runEnd].file == file { runEnd += 1 }
            sources.withLines(ofFile: file) { lines in
                for i in runStart..<runEnd {
                    render(diagnostics[i], explained: explained[i], lines: lines, sources: sources, into: &out)
                }
            }
            runStart = runEnd
        }
        return out.bytes
    }

    /// One diagnostic: its header, its quoted line (from `lines` when the source lends its
    /// file's lines, else asked of `sources`), its explanation when `explained`, notes, fix-its.
    private func render(_ d: Diagnostic, explained: Bool, lines: LineLender?, sources: any SourceLines, into out: inout UTF8Buffer) {
        paint(.bold, &out) { LineDiagnosticRenderer.location(file: d.file, range: d.range, into: &$0) }
        out.append(literal: " ")
        paint(style(for: d.severity), &out) { $0.append(d.severity.rawValue); $0.append(literal: ":") }
        out.append(literal: " ")
        paint(.bold, &out) { $0.append(d.summary) }
        out.append(literal: " [")
        out.append(d.id.rawValue)
        out.append(literal: "]\n")
        if let range = d.range {
            if let lines {
                if let bytes = lines(range.start.line) { quote(bytes: bytes, range: range, into: &out) }
            } else {
                _ = sources.withBytes(ofLine: range.start.line, inFile: d.file) { quote(bytes: $0, range: range, into: &out) }
            }
        }
        if explained, let explanation = d.explanation {
            Self.indent(explanation, into: &out)
        }
        for note in d.notes {
            out.append(literal: "  ")
            paint(.cyan, &out) { $0.append(literal: "note:") }
            out.append(literal: " ")
            out.append(note.message)
            if let range = note.range {
                out.append(literal: " (")
                out.append(note.file ?? d.file)
                out.append(literal: ":")
                out.append(range.start.line)
                out.append(literal: ":")
                out.append(range.start.column)
                out.append(literal: ")")
            }
            out.append(literal: "\n")
        }
        for fix in d.fixIts {
            out.append(literal: "  ")
            paint(.green, &out) { $0.append(literal: "fix:") }
            out.append(literal: " ")
            out.append(fix.message)
            out.append(literal: "\n")
        }
    }

    /// A line up to this many bytes is quoted whole; a longer one (a paragraph written on one
    /// line) is quoted as a window around the range, so that the output of many findings on one
    /// long line grows with their number, not with their number times the line's length.
    static let wholeLineLimit = 200
    /// Bytes of context kept on each side of the range in a window.
    static let windowContext = 80
    /// The most bytes of the range itself a window shows (the carets mark what is shown).
    static let windowMark = 120

    /// ` 12 | the line` and, under it, carets under the range.
    private func quote(bytes: UnsafeBufferPointer<UInt8>, range: SourceRange, into out: inout UTF8Buffer) {
        let count = bytes.count
        let startByte = Self.scalarStart(min(max(range.start.column - 1, 0), count), in: bytes)
        var endByte = range.end.line == range.start.line ? min(max(range.end.column - 1, startByte), count) : count
        var lower = 0, upper = count
        if count > Self.wholeLineLimit {
            endByte = Self.scalarStart(min(endByte, startByte + Self.windowMark), in: bytes)
            lower = Self.scalarStart(max(startByte - Self.windowContext, 0), in: bytes)
            upper = Self.scalarStart(min(endByte + Self.windowContext, count), in: bytes)
        }
        out.append(literal: " ")
        out.append(range.start.line)
        out.append(literal: " | ")
        if lower > 0 { out.append(literal: "…") }
        out.append(UnsafeBufferPointer(rebasing: bytes[lower..<upper]))
        if upper < count { out.append(literal: "…") }
        out.append(literal: "\n ")
        var gutter = range.start.line
        repeat {
            out.append(literal: " ")
            gutter /= 10
        } while gutter > 0
        out.append(literal: " | ")
        // The pad keeps the tabs of the text before the range, so the carets line up.
        if lower > 0 { out.append(literal: " ") }
        Self.pad(UnsafeBufferPointer(rebasing: bytes[lower..<startByte]), into: &out)
        let cells = Self.cells(UnsafeBufferPointer(rebasing: bytes[startByte..<endByte]))
        paint(.green, &out) {
            $0.append(literal: "^")
            $0.append(character: UInt8(ascii: "~"), count: max(cells - 1, 0))
        }
        out.append(literal: "\n")
    }

    /// Appends the blank that puts a caret under the character after `bytes`: a space for each
    /// terminal cell of their scalars, their tabs kept.
    private static func pad(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout UTF8Buffer) {
        var spaces = 0
        walkCells(bytes, tab: {
            out.append(spaces: spaces)
            spaces = 0
            out.append(literal: "\t")
        }, cells: { spaces += $0 })
        out.append(spaces: spaces)
    }

    /// Terminal cells of the scalars of UTF-8 `bytes` (a tab counts one).
    static func cells(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        walkCells(bytes, tab: { count += 1 }, cells: { count += $0 })
        return count
    }

    /// Calls `tab` for each tab of UTF-8 `bytes` and `cells` with the terminal cells of the
    /// other scalars, in order. Runs of ASCII are counted, not decoded; only the other bytes go
    /// through the UTF-8 decoder (a malformed sequence never takes in an ASCII byte, so cutting
    /// at them decodes the same scalars). Eight bytes that are all ASCII and no tab are counted
    /// at once, read as one word (the text before a finding is mostly such).
    private static func walkCells(_ bytes: UnsafeBufferPointer<UInt8>, tab: () -> Void, cells count: (Int) -> Void) {
        var run = 0, i = 0
        while i < bytes.count {
            if bytes.count - i >= 8, Self.plainASCII(UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self)) {
                run += 8
                i += 8
                continue
            }
            let byte = bytes[i]
            if byte == 0x09 {
                count(run)
                run = 0
                tab()
                i += 1
            } else if byte < 0x80 {
                run += 1
                i += 1
            } else {
                var end = i
                while end < bytes.count, bytes[end] >= 0x80 { end += 1 }
                forEachScalar(UnsafeBufferPointer(rebasing: bytes[i..<end])) { run += cells($0) }
                i = end
            }
        }
        count(run)
    }

    /// Whether the eight bytes of `word` are all ASCII and none is a tab: no high bit set, and no
    /// byte of `word ^ 0x09...` zero (the classic test for a zero byte: `(x - 0x01...) & ~x &
    /// 0x80...` is not zero exactly when some byte of `x` is).
    @inline(__always) private static func plainASCII(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let x = word ^ (ones &* 0x09)
        return (word & highs) | ((x &- ones) & ~x & highs) == 0
    }

    /// Calls `body` with each scalar of UTF-8 `bytes` (U+FFFD for a malformed sequence).
    private static func forEachScalar(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (Unicode.Scalar) -> Void) {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): body(scalar)
            case .error: body("\u{FFFD}")
            case .emptyInput: return
            }
        }
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

    /// Every line of `text`, empty ones included, indented by two spaces.
    private static func indent(_ text: String, into out: inout UTF8Buffer) {
        var text = text
        out.append(literal: "  ")
        text.withUTF8 { bytes in
            var runStart = 0
            for (i, byte) in bytes.enumerated() where byte == 0x0A {
                out.append(UnsafeBufferPointer(rebasing: bytes[runStart..<i]))
                out.append(literal: "\n  ")
                runStart = i + 1
            }
            out.append(UnsafeBufferPointer(rebasing: bytes[runStart...]))
        }
        out.append(literal: "\n")
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

    /// Writes what `body` writes, in `style` when colour is on.
    private func paint(_ style: Style, _ out: inout UTF8Buffer, _ body: (inout UTF8Buffer) -> Void) {
        guard colour else { return body(&out) }
        out.append(literal: "\u{1B}[")
        out.append(style.rawValue)
        out.append(literal: "m")
        body(&out)
        out.append(literal: "\u{1B}[0m")
    }
}
