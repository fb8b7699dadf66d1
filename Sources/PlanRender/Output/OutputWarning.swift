/// Something about the output folder that `rrp compile` reports without failing: a stale file it
/// did not remove, a manifest it could not trust, or what an interrupted compile left. These are not plan diagnostics (the plan is
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
    /// The manifest was still in progress: an earlier compile stopped while replacing files.
    /// Its files were accounted for, and this compile finishes the folder.
    case interrupted(path: String)
    /// Temporary files that interrupted writes left in the folder were removed.
    case temporariesRemoved(folder: String, count: Int)

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
        case .interrupted(let p):
            "\(p) shows that an earlier compile into this folder stopped while replacing files (it was interrupted or failed); its files were accounted for, and this compile finishes the folder"
        case .temporariesRemoved(let f, let n):
            "removed \(n) temporary file\(n == 1 ? "" : "s") (.NAME.rrp-XXXXXX) that an interrupted rrp left in \(f)"
        }
    }
}
