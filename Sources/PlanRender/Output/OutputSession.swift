import Foundation

/// One compile's writes into its output folder, as the files are made: ``write(_:)`` writes a
/// file atomically as soon as it is rendered (from any thread), so a large plan's documents do
/// not all wait in memory; ``finish(partial:)`` then removes stale files and writes the manifest
/// (see ``OutputFolder``). A compile that fails before `finish` leaves the previous manifest.
public final class OutputSession: @unchecked Sendable {
    /// The output folder.
    public let directory: String
    private let manifestPath: String
    private let previous: OutputManifest?
    private let lock = NSLock()
    private var entries: [OutputManifest.Entry] = []
    private var warnings: [OutputWarning] = []

    /// Creates `directory` if needed and reads its manifest. Throws
    /// ``RenderError/write(path:reason:)`` when the folder cannot be created.
    public init(directory: String) throws {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw RenderError.write(path: directory, reason: "cannot create the output folder")
        }
        self.directory = directory
        manifestPath = OutputFolder.path(directory, OutputManifest.fileName)
        var warnings: [OutputWarning] = []
        previous = OutputFolder.readManifest(manifestPath, warnings: &warnings)
        self.warnings = warnings
    }

    /// Writes `file` atomically (left untouched when its bytes are already there) and records it
    /// for the manifest. Throws ``RenderError/write(path:reason:)`` for a name that is not plain
    /// or a failed write.
    public func write(_ file: OutputFile) throws {
        guard OutputName.isPlain(file.name) else {
            throw RenderError.write(path: OutputFolder.path(directory, file.name), reason: "not a plain output file name")
        }
        let entry = try file.withUnsafeBytes { bytes in
            try AtomicWriter.write(bytes, to: OutputFolder.path(directory, file.name))
            return OutputManifest.Entry(name: file.name, raw: bytes)
        }
        lock.withLock { entries.append(entry) }
    }

    /// Removes the stale files of a full compile (none for a `partial`, `--country`, one) and
    /// writes the new manifest, last and atomically.
    public func finish(partial: Bool) throws -> OutputFolder.Report {
        let written: [OutputManifest.Entry] = lock.withLock { self.entries.sorted { $0.name < $1.name } }
        var entries = written
        var allWarnings: [OutputWarning] = lock.withLock { self.warnings }
        var removed: [String] = []
        if let previous {
            let produced = Set(written.map { $0.name })
            if partial {
                entries += previous.files.filter { !produced.contains($0.name) }
            } else {
                let sweep = StaleOutputs.sweep(directory, previous: previous, produced: produced)
                entries += sweep.kept
                removed = sweep.removed.map { OutputFolder.path(directory, $0) }
                allWarnings += sweep.warnings
            }
        }
        try AtomicWriter.write(OutputManifest(files: entries).encoded(), to: manifestPath)
        return OutputFolder.Report(files: written.map { OutputFolder.path(directory, $0.name) }, removed: removed, warnings: allWarnings, manifest: manifestPath)
    }
}
