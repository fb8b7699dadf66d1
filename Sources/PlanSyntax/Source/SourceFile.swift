import PlanDiagnostics
import PlanModel

/// A source file as read from disk: its bytes, its decoded text and a line table that maps byte
/// offsets to lines and UTF-8 columns.
///
/// Accepts a UTF-8 byte-order mark (not counted in columns), LF, CRLF and CR line endings, and
/// tabs (one column each). A file that is not valid UTF-8 never becomes a `SourceFile`: see
/// ``SourceFile/decode(path:bytes:)``.
public struct SourceFile: Sendable {
    /// The path as given by the user; diagnostics print it unchanged.
    public let path: String
    /// The path inside its plan folder (`TCD/protection.md`): what outputs write, the same however
    /// the folder was spelled on the command line. For a file read on its own or built in memory,
    /// the path.
    public let name: String
    /// The file's bytes, unchanged (byte-order mark included).
    public let bytes: [UInt8]
    /// Byte offset of the first byte of each line (line 1 starts after the byte-order mark).
    public let lineStarts: [Int]
    /// Whether the file starts with a UTF-8 byte-order mark.
    public let hasByteOrderMark: Bool

    private init(path: String, name: String, bytes: [UInt8], scan: SourceScan) {
        self.path = path
        self.name = name
        self.bytes = bytes
        hasByteOrderMark = scan.lineStarts[0] == 3
        lineStarts = scan.lineStarts
    }

    private init(path: String, name: String, bytes: [UInt8]) {
        self.init(path: path, name: name, bytes: bytes, scan: SourceScan(bytes))
    }

    /// Decodes `bytes` read from `path` (named `name` in its plan folder, `path` by default).
    /// Invalid UTF-8 gives no file and one `syntax.invalid-utf8` error at the first bad byte.
    public static func decode(path: String, name: String? = nil, bytes: [UInt8]) -> (file: SourceFile?, diagnostics: [Diagnostic]) {
        // One pass over the bytes checks them and finds the lines.
        let scan = SourceScan(bytes)
        if let bad = scan.firstInvalidOffset {
            let probe = SourceFile(path: path, name: path, bytes: Array(bytes[..<bad]) + [0x20])
            let location = probe.location(atOffset: bad)
            let end = SourceLocation(line: location.line, column: location.column + 1, offset: bad + 1)
            let hex = String(bytes[bad], radix: 16, uppercase: true)
            let d = DSLRules.invalidUtf8.diagnostic(
                file: path,
                range: SourceRange(start: location, end: end),
                summary: "File is not valid UTF-8: byte 0x\(hex.count == 1 ? "0" + hex : hex) at offset \(bad) cannot start or continue a character",
                explanation: "Plan chapters must be saved as UTF-8. Re-save the file as UTF-8 in your editor (in many editors: File > Save with Encoding > UTF-8); files converted from Word or Excel often arrive as Windows-1252."
            )
            return (nil, [d])
        }
        return (SourceFile(path: path, name: name ?? path, bytes: bytes, scan: scan), [])
    }

    /// A file from text already known to be valid (tests, generated chapters), named `name` in
    /// its plan folder (`path` by default).
    public init(path: String, name: String? = nil, text: String) {
        self.init(path: path, name: name ?? path, bytes: Array(text.utf8))
    }

    /// The number of lines. A final line ending does not start another line; an empty file has
    /// one line.
    public var lineCount: Int {
        if lineStarts.count > 1, lineStarts.last == bytes.count { return lineStarts.count - 1 }
        return lineStarts.count
    }

    /// The line and UTF-8 column of a byte offset. Offsets past the end map to the end.
    public func location(atOffset offset: Int) -> SourceLocation {
        let clamped = min(max(offset, lineStarts[0]), bytes.count)
        var lo = 0
        var hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= clamped { lo = mid } else { hi = mid - 1 }
        }
        return SourceLocation(line: lo + 1, column: clamped - lineStarts[lo] + 1, offset: clamped)
    }

    /// The location of a 1-based line and UTF-8 column.
    public func location(line: Int, column: Int) -> SourceLocation {
        let index = min(max(line, 1), lineStarts.count) - 1
        let offset = min(lineStarts[index] + max(column, 1) - 1, bytes.count)
        return SourceLocation(line: index + 1, column: offset - lineStarts[index] + 1, offset: offset)
    }

    /// The range from `start` to `end` byte offsets.
    public func range(from start: Int, to end: Int) -> SourceRange {
        SourceRange(start: location(atOffset: start), end: location(atOffset: end))
    }

    /// Byte range of a line's content, without its line ending.
    public func contentBytes(ofLine line: Int) -> Range<Int> {
        guard line >= 1, line <= lineStarts.count else { return bytes.count..<bytes.count }
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] : bytes.count
        if end > start, bytes[end - 1] == 0x0A { end -= 1 }
        if end > start, bytes[end - 1] == 0x0D { end -= 1 }
        return start..<end
    }

    /// A line's text without its line ending.
    public func text(ofLine line: Int) -> String {
        String(decoding: bytes[contentBytes(ofLine: line)], as: UTF8.self)
    }

    /// Every line's text, for renderers that quote source lines.
    public var lines: [String] {
        (1...lineCount).map(text(ofLine:))
    }

    /// The text of a byte range.
    public func text(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }
}
