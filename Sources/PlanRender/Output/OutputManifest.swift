import Foundation

/// The list of files `rrp compile` keeps in its output folder, with their content hashes, as
/// ``fileName`` (schema `rrpkit-outputs`, version ``schemaVersion``; see docs/outputs.md). The
/// next compile into the folder reads it to tell its own stale files, which it may remove, from
/// everything else, which it never touches.
///
/// A compile writes it twice when it replaces files: ``State/inProgress`` before the first file
/// is replaced (listing every file the folder may then hold of its own: the new ones, and the
/// earlier ones in ``replaced``), and ``State/complete`` at the end. A manifest found in
/// progress tells the next compile that one stopped half way (see ``InterruptedCompile``).
public struct OutputManifest: Sendable, Hashable, Codable {
    /// The manifest's name in the output folder (hidden, and never a plain output name).
    public static let fileName = ".rrp-outputs.json"
    /// Incremented on any change that removes or changes the meaning of a key. Version 2 added
    /// `state` and `replaced`; a version 1 manifest is read as a complete one.
    public static let schemaVersion = 2

    /// Whether the compile that wrote the manifest got to its end.
    public enum State: String, Sendable, Hashable, Codable {
        /// Every listed file holds the listed bytes (unless edited since).
        case complete
        /// A compile was replacing files: each listed file holds its entry's bytes, or still its
        /// ``OutputManifest/replaced`` entry's, or is missing.
        case inProgress = "in-progress"
    }

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
    /// Complete, or written by a compile that was replacing files.
    public var state: State
    /// The files, sorted by name, each name once.
    public var files: [Entry]
    /// In progress only: the earlier entries of listed files being replaced, whose earlier bytes
    /// may still be there; sorted by name, each name once (empty, and not written, otherwise).
    public var replaced: [Entry]

    /// A manifest of `files`, sorted by name; a repeated name keeps its last entry (and so in
    /// `replaced`).
    public init(files: [Entry], state: State = .complete, replaced: [Entry] = []) {
        self.state = state
        self.files = Self.sorted(files)
        self.replaced = Self.sorted(replaced)
    }

    private static func sorted(_ entries: [Entry]) -> [Entry] {
        Dictionary(entries.map { ($0.name, $0) }, uniquingKeysWith: { _, last in last }).values.sorted { $0.name < $1.name }
    }

    private enum CodingKeys: String, CodingKey {
        case schema, schemaVersion, state, files, replaced
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        schema = try c.decode(String.self, forKey: .schema)
        schemaVersion = try c.decode(Int.self, forKey: .schemaVersion)
        // Version 1 had no state: its manifests were written at the end, complete.
        state = schemaVersion == 1 ? try c.decodeIfPresent(State.self, forKey: .state) ?? .complete : try c.decode(State.self, forKey: .state)
        files = try c.decode([Entry].self, forKey: .files)
        replaced = try c.decodeIfPresent([Entry].self, forKey: .replaced) ?? []
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(schema, forKey: .schema)
        try c.encode(schemaVersion, forKey: .schemaVersion)
        try c.encode(state, forKey: .state)
        try c.encode(files, forKey: .files)
        if !replaced.isEmpty { try c.encode(replaced, forKey: .replaced) }
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
    /// shape, another schema or version (version 1 is read too), a state a version 1 manifest
    /// cannot have, or a name that is not plain (`../x`, `a/b`, `.x`) or listed twice in
    /// `files` or in `replaced`.
    public static func parse(_ bytes: [UInt8]) -> Result<OutputManifest, Invalid> {
        guard let manifest = try? JSONDecoder().decode(OutputManifest.self, from: Data(bytes)) else {
            return .failure(Invalid(reason: "it is not a valid output manifest"))
        }
        guard manifest.schema == "rrpkit-outputs", (1...schemaVersion).contains(manifest.schemaVersion) else {
            return .failure(Invalid(reason: "its schema '\(manifest.schema)' version \(manifest.schemaVersion) is not 'rrpkit-outputs' version 1 to \(schemaVersion)"))
        }
        guard manifest.schemaVersion > 1 || (manifest.state == .complete && manifest.replaced.isEmpty) else {
            return .failure(Invalid(reason: "it is version 1 but has a state or replaced files"))
        }
        for list in [manifest.files, manifest.replaced] {
            var seen: Set<String> = []
            for entry in list {
                guard OutputName.isPlain(entry.name) else { return .failure(Invalid(reason: "it lists '\(printable(entry.name))', which is not a plain output file name")) }
                guard seen.insert(entry.name).inserted else { return .failure(Invalid(reason: "it lists '\(entry.name)' twice")) }
            }
        }
        return .success(manifest)
    }

    /// `name` with every byte outside printable ASCII shown as `?` (a name from a damaged file
    /// must not send control characters to the terminal).
    static func printable(_ name: String) -> String {
        String(String.UnicodeScalarView(name.unicodeScalars.map { $0.value >= 0x20 && $0.value < 0x7F ? $0 : "?" }))
    }
}
