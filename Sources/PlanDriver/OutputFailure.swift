import PlanDiagnostics
import PlanRender

/// Why `rrp compile` could not update its output folder (not the author's mistake). It is
/// reported as an `io.*` diagnostic (``DriverRules``) and fails the compile whatever the
/// severity options say.
public enum OutputFailure: Sendable, Hashable {
    /// Another compile held the folder's lock for longer than the compile waits.
    case locked(folder: String, lockFile: String)
    /// A file (or the manifest) could not be written before any file was replaced: the folder
    /// is as it was.
    case unwritten(path: String, reason: String)
    /// A file could not be written after others were replaced: the manifest, left in progress,
    /// lists every file, and the next compile into the folder finishes it.
    case incomplete(path: String, reason: String)

    /// The failure of an output session that threw `error`; `nil` for an error that is not
    /// about the output folder (a template).
    init?(_ error: RenderError, session: OutputSession?) {
        switch error {
        case .locked(let folder, let lockFile): self = .locked(folder: folder, lockFile: lockFile)
        case .write(let path, let reason): self = session?.leftInProgress == true ? .incomplete(path: path, reason: reason) : .unwritten(path: path, reason: reason)
        default: return nil
        }
    }

    /// The `io.locked` or `io.unwritable` error.
    public var diagnostic: Diagnostic {
        switch self {
        case .locked(let folder, let lockFile):
            DriverRules.locked.diagnostic(
                file: folder,
                summary: "Another rrp compile is writing into this output folder",
                explanation: "The other compile holds \(lockFile), and this one waited for it in vain; nothing was written. Run one compile at a time into a folder, or give each its own --out folder."
            )
        case .unwritten(let path, let reason):
            DriverRules.unwritable.diagnostic(
                file: path,
                summary: "Cannot write the output file: \(Self.phrase(reason))",
                explanation: "No file of the output folder was replaced: it is as it was before this compile."
            )
        case .incomplete(let path, let reason):
            DriverRules.unwritable.diagnostic(
                file: path,
                summary: "Cannot write the output file: \(Self.phrase(reason))",
                explanation: "The compile stopped while replacing files: the folder's \(OutputManifest.fileName) says 'in-progress' and lists every file, and the next compile into the folder finishes it."
            )
        }
    }

    /// The system's reason inside a summary: `No space left on device` as `no space left on
    /// device`.
    private static func phrase(_ reason: String) -> String {
        reason.prefix(1).lowercased() + reason.dropFirst()
    }

    /// The line `rrp compile` ends with (after `rrp: `).
    public func closingLine(out: String) -> String {
        switch self {
        case .locked: "nothing written to \(out): another compile is writing into it"
        case .unwritten: "nothing written to \(out): an output file cannot be written"
        case .incomplete: "\(out) is incomplete: an output file cannot be written; the next compile finishes it"
        }
    }
}
