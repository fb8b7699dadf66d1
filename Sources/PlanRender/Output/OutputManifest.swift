import Foundation

/// The list of files one `rrp compile` left in its output folder, with their content hashes,
/// kept in the folder as ``fileName`` (schema `rrpkit-outputs`, version ``schemaVersion``; see
/// docs/outputs.md). The next compile into the folder reads it to tell its own stale files, which
/// it may remove, from everything else, which it never touches.
public struct OutputManifest: Sendable, Hashable, Codable {
    /// The manifest's name in the output folder (hidden, and never a plain output name).
    public static let fileName = ".rrp-outputs.json"
    /// Incremented on any change that removes or changes the meaning of a key.
    public static let schemaVersion = 1

    /// One file of the folder: its plain name, size and hash as `rrp` wrote it.
    public struct Entry: Sendable, Hashable, Codable {
        /// A plain file name (``OutputName/isPlain(_:)``).
        public var name: String
        /// The size in bytes.
        public var size: Int
        /// ``ContentHash/of(_:)`` of the bytes.
        public var hash: String

        public init(name: String, size: Int, hash: String) {
            self.name = name
            self.size = size
            self.hash = hash
        }

        /// The entry of `bytes` written as `name`.
        public init(name: String, bytes: [UInt8]) {
            self.init(name: name, size: bytes.count, hash: ContentHash.of(bytes))
        }

        /// The entry of a file holding the bytes of `bytes`.
        init(name: String, raw bytes: UnsafeRawBufferPointer) {
            self.init(name: name, size: bytes.count, hash: ContentHash.of(bytes))
        }

        /// Whether `bytes` are still the ones this entry recorded.
        public func matches(_ bytes: [UInt8]) -> Bool {
            bytes.count == size && ContentHash.of(bytes) == hash
        }
    }

    /// Always `rrpkit-outputs`.
    public var schema = "rrpkit-outputs"
    /// The version this manifest was written with.
    public var schemaVersion = OutputManifest.schemaVersion
    /// The files, sorted by name, each name once.
    public var files: [Entry]

    /// A manifest of `files`, sorted by name; a repeated name keeps its last entry.
    public init(files: [Entry]) {
        let byName = Dictionary(files.map { ($0.name, $0) }, uniquingKeysWith: { _, last in last })
        self.files = byName.values.sorted { $0.name < $1.name }
    }

    /// The manifest as JSON: sorted keys, two-space indentation, a final newline; the same
    /// files always give the same bytes.
    public func encoded() -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        // Encoding strings, integers and arrays cannot fail.
        return Array(try! encoder.encode(self)) + [0x0A]
    }

    /// Why a manifest read from disk cannot be trusted.
    public struct Invalid: Error, Sendable, Hashable, CustomStringConvertible {
        /// What is wrong, as a phrase (`it is not valid JSON`).
        public var reason: String
        public var description: String { reason }
    }

    /// The manifest in `bytes`, or why it is not one this version can trust: not JSON of this
    /// shape, another schema or version, or a name that is not plain (`../x`, `a/b`, `.x`) or
    /// listed twice.
    public static func parse(_ bytes: [UInt8]) -> Result<OutputManifest, Invalid> {
        guard let manifest = try? JSONDecoder().decode(OutputManifest.self, from: Data(bytes)) else {
            return .failure(Invalid(reason: "it is not a valid output manifest"))
        }
        guard manifest.schema == "rrpkit-outputs", manifest.schemaVersion == schemaVersion else {
            return .failure(Invalid(reason: "its schema '\(manifest.schema)' version \(manifest.schemaVersion) is not 'rrpkit-outputs' version \(schemaVersion)"))
        }
        var seen: Set<String> = []
        for entry in manifest.files {
            guard OutputName.isPlain(entry.name) else { return .failure(Invalid(reason: "it lists '\(printable(entry.name))', which is not a plain output file name")) }
            guard seen.insert(entry.name).inserted else { return .failure(Invalid(reason: "it lists '\(entry.name)' twice")) }
        }
        return .success(manifest)
    }

    /// `name` with every byte outside printable ASCII shown as `?` (a name from a damaged file
    /// must not send control characters to the terminal).
    static func printable(_ name: String) -> String {
        String(String.UnicodeScalarView(name.unicodeScalars.map { $0.value >= 0x20 && $0.value < 0x7F ? $0 : "?" }))
    }
}
