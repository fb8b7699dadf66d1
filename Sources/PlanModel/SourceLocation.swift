/// A position in a source file.
///
/// `line` and `column` are 1-based. `column` counts UTF-8 bytes from the start of the line,
/// so `é` advances it by two and a tab by one; a UTF-8 byte-order mark at the start of the file
/// is not counted. `offset` is the 0-based byte offset in the file as read from disk.
public struct SourceLocation: Hashable, Codable, Sendable, Comparable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public var offset: Int

    public init(line: Int, column: Int, offset: Int) {
        self.line = line
        self.column = column
        self.offset = offset
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    public var description: String { "\(line):\(column)" }
}
