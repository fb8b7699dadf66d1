/// One output file: a name relative to the output folder (built from codes) and its bytes.
public struct OutputFile: Sendable, Hashable {
    /// The file name relative to the output folder.
    public var name: String
    /// The content as made: a document's text is kept as text and written from its own UTF-8
    /// storage, without copying megabytes into an array first.
    private let content: Content

    private enum Content: Sendable {
        case bytes([UInt8])
        case text(String)
    }

    public init(name: String, bytes: [UInt8]) {
        self.name = name
        content = .bytes(bytes)
    }

    public init(name: String, text: String) {
        self.name = name
        content = .text(text)
    }

    /// The file's content.
    public var bytes: [UInt8] {
        switch content {
        case .bytes(let bytes): bytes
        case .text(let text): Array(text.utf8)
        }
    }

    /// Calls `body` with the file's content, without copying it.
    public func withUnsafeBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        switch content {
        case .bytes(let bytes): return try bytes.withUnsafeBytes(body)
        case .text(var text): return try text.withUTF8 { try body(UnsafeRawBufferPointer($0)) }
        }
    }

    public static func == (a: OutputFile, b: OutputFile) -> Bool { a.name == b.name && a.bytes == b.bytes }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(name)
        withUnsafeBytes { hasher.combine(bytes: $0) }
    }
}
