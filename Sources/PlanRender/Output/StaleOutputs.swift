import Foundation
import PlanSyntax

/// Removes the stale files of a full compile: files the previous manifest lists that this
/// compile does not produce. Such a file is removed only while its bytes still hash to the
/// manifest's entry (it is `rrp`'s own and unchanged); a file that was edited, replaced by a
/// link or folder, or cannot be read is kept with a warning, and its entry is carried into the
/// new manifest so that every later full compile reports it again until it is deleted (or
/// restored, and then removed). Files the manifest does not list are never looked at.
enum StaleOutputs {
    /// What a sweep did.
    struct Sweep: Sendable, Hashable {
        /// Names removed, sorted.
        var removed: [String] = []
        /// Entries of stale files that were kept: they stay in the manifest.
        var kept: [OutputManifest.Entry] = []
        /// One warning per kept file.
        var warnings: [OutputWarning] = []
    }

    /// Sweeps `directory`: every entry of `previous` whose name is not in `produced`.
    static func sweep(_ directory: String, previous: OutputManifest, produced: Set<String>) -> Sweep {
        var sweep = Sweep()
        for entry in previous.files where !produced.contains(entry.name) {
            let path = (directory as NSString).appendingPathComponent(entry.name)
            switch RegularFile.read(path) {
            case .missing:
                continue
            case .notRegular:
                sweep.keep(entry, .staleNotAFile(path: path))
            case .unreadable(let reason):
                sweep.keep(entry, .staleUnremovable(path: path, reason: reason))
            case .bytes(let bytes):
                guard entry.matches(bytes) else {
                    sweep.keep(entry, .staleModified(path: path))
                    continue
                }
                if let reason = RegularFile.remove(path) {
                    sweep.keep(entry, .staleUnremovable(path: path, reason: reason))
                } else {
                    sweep.removed.append(entry.name)
                }
            }
        }
        return sweep
    }
}

extension StaleOutputs.Sweep {
    fileprivate mutating func keep(_ entry: OutputManifest.Entry, _ warning: OutputWarning) {
        kept.append(entry)
        warnings.append(warning)
    }
}
