/// One output file: a name relative to the output folder (built from codes) and its bytes.
public struct OutputFile: Sendable, Hashable {
    /// The file name relative to the output folder.
    public var name: String
    /// The file's content.
    public var bytes: [UInt8]

    public init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
    }

    public init(name: String, text: String) {
        self.init(name: name, bytes: Array(text.utf8))
    }
}
