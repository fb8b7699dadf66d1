import Foundation
import PlanSyntax

/// One compile's writes into its output folder (see ``OutputFolder`` and docs/outputs.md):
///
/// 1. ``init(directory:lockWait:waiting:)`` creates the folder, locks it (``OutputLock``),
///    removes the temporaries interrupted writes left there, and reads the manifest (finishing
///    the bookkeeping of an interrupted compile, ``InterruptedCompile``).
/// 2. ``write(_:)`` stages each file as soon as it is rendered (from any thread): its bytes go
///    to a flushed temporary beside it, so a large plan's documents do not all wait in memory;
///    a file whose bytes are already there is left alone. Nothing visible changes yet.
/// 3. ``finish(partial:)`` writes the manifest *in progress* (listing every file the folder may
///    then hold of its own), renames the temporaries over their targets, removes the stale
///    files of a full compile, and writes the manifest *complete*.
///
/// A compile that fails or is killed before step 3 leaves the folder as it was (plus
/// temporaries, which the next compile removes); one that stops during step 3 leaves the
/// manifest in progress, which accounts for every file and which the next compile finishes.
/// ``abandon()`` (also run when the session is dropped) removes the staged temporaries and
/// unlocks the folder.
public final class OutputSession: @unchecked Sendable {
    /// The output folder.
    public let directory: String
    private let manifestPath: String
    private let folderLock: OutputLock
    private let previous: OutputManifest?
    private let lock = NSLock()
    private var entries: [String: OutputManifest.Entry] = [:]
    private var staged: [String: AtomicFile.Staged] = [:]
    private var warnings: [OutputWarning] = []
    /// The first write that failed: later writes are skipped, and `finish` throws it.
    private var failure: (any Error)?
    private var closed = false
    private var inProgress = false

    /// How long a compile waits for another one into the same folder by default (30 seconds).
    public static let defaultLockWait: Duration = .seconds(30)

    /// Whether the session stopped with the manifest in progress: it failed after it began to
    /// replace files (the next compile finishes the folder).
    public var leftInProgress: Bool { lock.withLock { inProgress } }

    /// Creates `directory` if needed, locks it (waiting up to `lockWait` for another compile,
    /// calling `waiting` once if it has to wait), removes abandoned temporaries and reads the
    /// manifest. Throws ``RenderError/write(path:reason:)`` when the folder cannot be created
    /// or locked, ``RenderError/locked(folder:lockFile:)`` when the wait ends first.
    public init(directory: String, lockWait: Duration = OutputSession.defaultLockWait, waiting: (() -> Void)? = nil) throws {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw RenderError.write(path: directory, reason: "cannot create the output folder")
        }
        self.directory = directory
        folderLock = try OutputLock(directory: directory, wait: lockWait, waiting: waiting)
        manifestPath = OutputFolder.path(directory, OutputManifest.fileName)
        var warnings: [OutputWarning] = []
        let temporaries = AtomicFile.removeAbandonedTemporaries(in: directory) { OutputName.isPlain($0) || $0 == OutputManifest.fileName }
        if !temporaries.isEmpty { warnings.append(.temporariesRemoved(folder: directory, count: temporaries.count)) }
        var previous = OutputFolder.readManifest(manifestPath, warnings: &warnings)
        if let found = previous, found.state == .inProgress {
            warnings.append(.interrupted(path: manifestPath))
            previous = InterruptedCompile.resolve(found, in: directory)
        }
        self.previous = previous
        self.warnings = warnings
    }

    deinit { abandon() }

    /// Stages `file` (left alone when its bytes are already there) and records it for the
    /// manifest. Throws ``RenderError/write(path:reason:)`` for a name that is not plain or a
    /// failed write; after a failure, later writes do nothing (``finish(partial:)`` throws).
    public func write(_ file: OutputFile) throws {
        let path = OutputFolder.path(directory, file.name)
        guard OutputName.isPlain(file.name) else {
            throw RenderError.write(path: path, reason: "not a plain output file name")
        }
        guard lock.withLock({ failure == nil && !closed }) else { return }
        do {
            let (entry, temporary) = try file.withUnsafeBytes { bytes in
                (OutputManifest.Entry(name: file.name, raw: bytes), try AtomicWriter.stage(bytes, for: path))
            }
            let replaced: AtomicFile.Staged? = lock.withLock {
                entries[file.name] = entry
                if closed { return temporary }
                defer { staged[file.name] = temporary }
                return staged[file.name]
            }
            replaced?.discard()
        } catch {
            lock.withLock { if failure == nil { failure = error } }
            throw error
        }
    }

    /// Replaces the files and writes the manifest (see the type's steps); a full compile first
    /// removes its stale files, a `partial` (`--country`) one keeps every earlier entry. On a
    /// failure the temporaries left are removed and the folder unlocked: the manifest is then
    /// the previous one when no file was replaced yet, and in progress otherwise.
    public func finish(partial: Bool) throws -> OutputFolder.Report {
        defer { abandon() }
        let (written, staged, failure): ([OutputManifest.Entry], [String: AtomicFile.Staged], (any Error)?) = lock.withLock {
            (self.entries.values.sorted { $0.name < $1.name }, self.staged, self.failure)
        }
        if let failure { throw failure }
        let produced = Set(written.map { $0.name })
        let earlier = previous?.files ?? []
        let carried = earlier.filter { !produced.contains($0.name) }
        if !staged.isEmpty {
            let new = Dictionary(uniqueKeysWithValues: written.map { ($0.name, $0) })
            let replaced = earlier.filter { old in new[old.name].map { $0 != old } ?? false }
            try AtomicWriter.write(OutputManifest(files: written + carried, state: .inProgress, replaced: replaced).encoded(), to: manifestPath)
            lock.withLock { inProgress = true }
            for name in staged.keys.sorted() {
                try AtomicWriter.publish(staged[name]!)
                lock.withLock { _ = self.staged.removeValue(forKey: name) }
            }
            Self.flush(directory)
        }
        var entries = written
        var allWarnings = lock.withLock { warnings }
        var removed: [String] = []
        if partial {
            entries += carried
        } else if let previous {
            let sweep = StaleOutputs.sweep(directory, previous: previous, produced: produced)
            entries += sweep.kept
            removed = sweep.removed.map { OutputFolder.path(directory, $0) }
            allWarnings += sweep.warnings
        }
        try AtomicWriter.write(OutputManifest(files: entries).encoded(), to: manifestPath)
        lock.withLock { inProgress = false }
        return OutputFolder.Report(files: written.map { OutputFolder.path(directory, $0.name) }, removed: removed, warnings: allWarnings, manifest: manifestPath)
    }

    /// Removes the temporaries still staged and unlocks the folder; the session writes nothing
    /// more. Run by ``finish(partial:)`` and when the session is dropped.
    public func abandon() {
        let left: [AtomicFile.Staged] = lock.withLock {
            closed = true
            defer { staged = [:] }
            return Array(staged.values)
        }
        for temporary in left { temporary.discard() }
        folderLock.release()
    }

    /// Flushes the folder's entries (the renames) to disk before the manifest says complete.
    private static func flush(_ directory: String) {
        let fd = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }
}
