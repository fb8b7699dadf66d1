/// Something about the output folder that `rrp compile` reports without failing: a stale file it
/// did not remove, or a manifest it could not trust. These are not plan diagnostics (the plan is
/// fine): they do not change the exit status, and `--warnings-as-errors` does not apply.
public enum OutputWarning: Sendable, Hashable, CustomStringConvertible {
    /// A file an earlier compile wrote, no longer produced, whose bytes changed since: kept.
    case staleModified(path: String)
    /// A name an earlier compile wrote, no longer produced, that is now a link, a folder or
    /// another kind of file: kept, and not followed.
    case staleNotAFile(path: String)
    /// A stale file that could not be read or removed: kept.
    case staleUnremovable(path: String, reason: String)
    /// The manifest could not be read or trusted: nothing was removed, and a new one replaces it.
    case manifestInvalid(path: String, reason: String)

    /// A one-line message for the command line (after `rrp: warning: `).
    public var description: String {
        switch self {
        case .staleModified(let p):
            "\(p) is stale (no longer produced) and was kept because it was modified after rrp wrote it; delete it if it is not needed"
        case .staleNotAFile(let p):
            "\(p) is stale (no longer produced) and was kept because it is no longer a regular file"
        case .staleUnremovable(let p, let r):
            "\(p) is stale (no longer produced) and was kept because it could not be removed: \(r)"
        case .manifestInvalid(let p, let r):
            "\(p) was not used because \(r); no stale file was removed, and it was replaced by a new manifest"
        }
    }
}
