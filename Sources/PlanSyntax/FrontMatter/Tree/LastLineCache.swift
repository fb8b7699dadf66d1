import PlanModel

/// The byte span of the line of the last location looked up in a file. Owned by one parse, on
/// one thread.
final class LastLineCache {
    private var line = 0
    private var start = Int.max
    private var end = Int.min

    /// The location of `offset` if it lies on the remembered line.
    func location(of offset: Int) -> SourceLocation? {
        guard offset >= start, offset < end else { return nil }
        return SourceLocation(line: line, column: offset - start + 1, offset: offset)
    }

    /// Remembers line `line` of `file` (the last line also covers the end-of-file offset).
    func remember(_ line: Int, in file: SourceFile) {
        self.line = line
        start = file.lineStarts[line - 1]
        end = line < file.lineStarts.count ? file.lineStarts[line] : file.bytes.count + 1
    }
}
