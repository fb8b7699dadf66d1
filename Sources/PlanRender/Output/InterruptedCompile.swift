import Foundation
import PlanSyntax

/// Finishes the bookkeeping of a compile that stopped while it was replacing files (killed, or
/// failed on a full disk): its manifest is still ``OutputManifest/State/inProgress``, and each
/// file it lists holds the bytes of its entry, or still those of its ``OutputManifest/replaced``
/// entry, or is missing. Looking at each file gives back a complete manifest of what the folder
/// holds, which the next compile then uses as it uses any previous manifest: its stale files are
/// removed while unchanged, and everything else in the folder stays untouched.
enum InterruptedCompile {
    /// The complete manifest of what `directory` holds of `manifest`'s files: for each name,
    /// the entry its bytes match; a missing file is left out; a file that matches neither (edited
    /// since), or that is no longer a regular file or cannot be read, keeps its new entry, so that
    /// the stale sweep keeps and reports it.
    static func resolve(_ manifest: OutputManifest, in directory: String) -> OutputManifest {
        var candidates: [String: [OutputManifest.Entry]] = [:]
        for entry in manifest.files + manifest.replaced { candidates[entry.name, default: []].append(entry) }
        var entries: [OutputManifest.Entry] = []
        for (name, options) in candidates {
            switch RegularFile.read(OutputFolder.path(directory, name)) {
            case .missing: continue
            case .bytes(let bytes): entries.append(options.first { $0.matches(bytes) } ?? options[0])
            case .notRegular, .unreadable: entries.append(options[0])
            }
        }
        return OutputManifest(files: entries)
    }
}
