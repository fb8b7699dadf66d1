import PlanDiagnostics

/// Source lines served from decoded files on demand: renderers quote a handful of lines, so no
/// line is copied until a diagnostic asks for it.
public struct SourceFileTable: SourceLines {
    private var files: [String: SourceFile] = [:]

    public init(_ files: [SourceFile] = []) {
        for file in files { add(file) }
    }

    /// Adds (or replaces) a file, keyed by its path.
    public mutating func add(_ file: SourceFile) {
        files[file.path] = file
    }

    public func text(ofLine line: Int, inFile path: String) -> String? {
        guard let file = files[path], line >= 1, line <= file.lineCount else { return nil }
        return file.text(ofLine: line)
    }

    public func withBytes<R>(ofLine line: Int, inFile path: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R? {
        withLines(ofFile: path) { lines in lines?(line).map(body) }
    }

    /// Looks the file up once and lends its lines out of its bytes.
    public func withLines<R>(ofFile path: String, _ body: (LineLender?) -> R) -> R {
        guard let file = files[path] else { return body(nil) }
        return file.bytes.withUnsafeBufferPointer { all in
            body { line in
                guard line >= 1, line <= file.lineCount else { return nil }
                return UnsafeBufferPointer(rebasing: all[file.contentBytes(ofLine: line)])
            }
        }
    }
}
