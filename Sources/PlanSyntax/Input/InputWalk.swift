import Foundation
import PlanDiagnostics
import PlanModel

/// The one way every command reads its input: the paths of the command line, each a plan folder
/// or a file, read and decoded.
///
/// A folder is walked by ``FolderWalker`` (hidden entries skipped, `.md` files kept, links
/// followed only inside the folder) and its files read on every core. Every file or folder that
/// cannot be read, followed, named or decoded is an error diagnostic (`io.*`,
/// `syntax.invalid-utf8`): nothing is left out silently. A path named on the command line is
/// followed wherever it leads: the user chose it.
public enum InputWalk {
    /// Each path as a folder or a file, in the order given.
    public static func items(_ paths: [String]) -> [InputItem] {
        paths.map { path in
            if case .success(.folder) = FileSystemEntry.kind(of: path, following: true) { return .folder(folder(path)) }
            return .file(file(path))
        }
    }

    /// The plan folder at `path`. A path that is not a readable folder gives no files and
    /// `isReadable == false`.
    public static func folder(_ path: String) -> InputFolder {
        let root: String
        switch FileSystemEntry.resolved(path) {
        case .success(let resolved): root = resolved
        case .failure(let error): return InputFolder(path: path, files: [], diagnostics: [failure(path, folder: true, error)], isReadable: false)
        }
        guard case .success(.folder) = FileSystemEntry.kind(of: root, following: false) else {
            return InputFolder(path: path, files: [], diagnostics: [InputDiagnostics.notAFolder(path)], isReadable: false)
        }
        var walker = FolderWalker(root: root)
        guard walker.walk(folder: path, name: "", resolved: root, ancestors: [root]) else {
            return InputFolder(path: path, files: [], diagnostics: walker.diagnostics, isReadable: false)
        }
        let found = walker.found.sorted { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
        let files = ConcurrentMap.map(found) { read($0.resolved, path: $0.path, name: $0.name) }
        return InputFolder(path: path, files: files.compactMap(\.file), diagnostics: walker.diagnostics + files.flatMap(\.diagnostics))
    }

    /// The file at `path`, read on its own (links followed).
    public static func file(_ path: String) -> InputFile {
        switch FileSystemEntry.resolved(path) {
        case .success(let resolved): read(resolved, path: path, name: path)
        case .failure(let error): InputFile(path: path, file: nil, diagnostics: [failure(path, folder: false, error)])
        }
    }

    /// Whether `path`, with its links resolved, is inside the folder `folder` (a file a plan file
    /// names must be); `nil` when either cannot be resolved (reading it then says why).
    public static func isInside(_ path: String, folder: String) -> Bool? {
        guard case .success(let root) = FileSystemEntry.resolved(folder), case .success(let target) = FileSystemEntry.resolved(path) else { return nil }
        return root == "/" || target.hasPrefix(root + "/")
    }

    /// Reads and decodes the regular file at the resolved path `resolved`.
    private static func read(_ resolved: String, path: String, name: String) -> InputFile {
        let diagnostic: Diagnostic
        switch RegularFile.read(resolved) {
        case .bytes(let bytes):
            let (file, diagnostics) = SourceFile.decode(path: path, name: name, bytes: bytes)
            return InputFile(path: path, file: file, diagnostics: diagnostics)
        case .missing: diagnostic = InputDiagnostics.missing(path)
        case .notRegular: diagnostic = InputDiagnostics.notRegular(path)
        case .unreadable(let reason): diagnostic = InputDiagnostics.unreadable(path, folder: false, reason: reason)
        }
        return InputFile(path: path, file: nil, diagnostics: [diagnostic])
    }

    /// Why `path` could not be resolved: nothing there, a broken link, or no permission.
    private static func failure(_ path: String, folder: Bool, _ error: SystemError) -> Diagnostic {
        let isLink = FileSystemEntry.kind(of: path, following: false) == .success(.link)
        if error.code == ELOOP || (error.code == ENOENT && isLink) {
            return InputDiagnostics.brokenLink(path, target: FileSystemEntry.linkText(path), error)
        }
        if error.code == ENOENT { return InputDiagnostics.missing(path) }
        return InputDiagnostics.unreadable(path, folder: folder, error)
    }
}
