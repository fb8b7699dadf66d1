/// Gives renderers the text of a source line (without its line ending), to quote it.
public protocol SourceLines: Sendable {
    /// The text of 1-based `line` in `file`, or `nil` when unknown.
    func text(ofLine line: Int, inFile file: String) -> String?

    /// Calls `body` with the UTF-8 bytes of 1-based `line` in `file` (without its line ending),
    /// or returns `nil` when the line is unknown. Renderers that look at a part of a long line
    /// use this: a source that holds the file's bytes lends them without copying the line.
    func withBytes<R>(ofLine line: Int, inFile file: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R?

    /// Calls `body` with a lender of `file`'s lines, valid only during the call: given a 1-based
    /// line, the bytes of ``withBytes(ofLine:inFile:_:)`` (`nil` when the line is unknown).
    /// `body` gets `nil` when the source cannot lend a whole file's lines (the default); the
    /// caller then asks line by line. A renderer quoting many lines of one file looks the file
    /// up once this way, not once a line.
    func withLines<R>(ofFile file: String, _ body: (LineLender?) -> R) -> R
}

/// Gives the UTF-8 bytes of a 1-based line of one file (see ``SourceLines/withLines(ofFile:_:)``).
public typealias LineLender = (Int) -> UnsafeBufferPointer<UInt8>?

extension SourceLines {
    /// Lends the bytes of ``text(ofLine:inFile:)``.
    public func withBytes<R>(ofLine line: Int, inFile file: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R? {
        guard var text = text(ofLine: line, inFile: file) else { return nil }
        return text.withUTF8(body)
    }

    /// Lends nothing: the caller asks line by line.
    public func withLines<R>(ofFile file: String, _ body: (LineLender?) -> R) -> R {
        body(nil)
    }
}

/// Source lines held in memory, keyed by the path used in diagnostics.
public struct SourceLineTable: SourceLines {
    private var lines: [String: [String]]

    public init(_ lines: [String: [String]] = [:]) {
        self.lines = lines
    }

    public mutating func add(file: String, lines fileLines: [String]) {
        lines[file] = fileLines
    }

    public func text(ofLine line: Int, inFile file: String) -> String? {
        guard let fileLines = lines[file], line >= 1, line <= fileLines.count else { return nil }
        return fileLines[line - 1]
    }
}
