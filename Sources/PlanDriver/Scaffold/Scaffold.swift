import Foundation
import PlanSyntax

/// `rrp init`: the files of a new plan repository that builds, lints and compiles at once.
public struct Scaffold: Sendable {
    /// The `name:` of the new `Package.swift` (see `packageName(forFolder:)`).
    public var packageName: String
    /// How the new `Package.swift` names RRPKit.
    public var dependency: RRPKitDependency

    public init(packageName: String, dependency: RRPKitDependency) {
        self.packageName = packageName
        self.dependency = dependency
    }

    /// A SwiftPM package name from a folder name: letters, digits, `-` and `_` kept, any
    /// other run of characters turned into one `-`; `plan` when nothing is left.
    public static func packageName(forFolder folder: String) -> String {
        let name = URL(fileURLWithPath: folder).standardizedFileURL.lastPathComponent
        var out = ""
        for scalar in name.unicodeScalars {
            let keep = scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar) || scalar == "-" || scalar == "_")
            if keep { out.unicodeScalars.append(scalar) } else if !out.hasSuffix("-") { out += "-" }
        }
        let trimmed = out.trimmingCharacters(in: CharacterSet(charactersIn: "-"))
        return trimmed.isEmpty ? "plan" : trimmed
    }

    /// Every file to write, path relative to the repository root, with its content.
    public func files() -> [(path: String, contents: String)] {
        let values = ["package-name": packageName, "rrpkit-dependency": dependency.manifestLine]
        return ScaffoldCatalog.templates.map { ($0.path, $0.rendered(with: values)) }
    }

    /// The names below `root` in the way of the files to write (relative paths, in catalogue
    /// order, each once): a file's own name taken in any form (a file, a folder, a symbolic link,
    /// even one that points nowhere), and a folder on its way that exists but is not a folder
    /// itself (a file, or any symbolic link: it is never followed).
    public func existingFiles(in root: String) -> [String] {
        var found: [String] = []
        for file in files() {
            let components = file.path.split(separator: "/").map(String.init)
            for depth in 1...components.count {
                let relative = components[..<depth].joined(separator: "/")
                let kind = Self.kind(of: (root as NSString).appendingPathComponent(relative))
                let inTheWay = depth == components.count ? kind != nil : kind != nil && kind != S_IFDIR
                if inTheWay, !found.contains(relative) { found.append(relative) }
                if inTheWay || kind == nil { break }
            }
        }
        return found
    }

    /// What is at `path`, as a phrase for a list of names in the way: `nil` for a regular file.
    public static func description(ofExisting path: String) -> String? {
        switch kind(of: path) {
        case S_IFREG, nil: nil
        case S_IFDIR: "a folder"
        case S_IFLNK: FileManager.default.fileExists(atPath: path) ? "a symbolic link" : "a symbolic link that points nowhere"
        default: "not a regular file"
        }
    }

    /// The file type at `path` (`S_IFREG`, `S_IFDIR`, `S_IFLNK`...), a link not followed; `nil`
    /// when there is nothing.
    private static func kind(of path: String) -> mode_t? {
        var info = stat()
        return lstat(path, &info) == 0 ? info.st_mode & S_IFMT : nil
    }

    /// Writes every file below `root`, creating `root` and the folders. Writes nothing when
    /// `root` is not a folder (``ScaffoldOutcome/notAFolder(_:)``) or a name is in the way
    /// (``ScaffoldOutcome/refused(existing:)``, see ``existingFiles(in:)``): every name is
    /// checked before the first write. A write that fails removes what was written before it
    /// (``ScaffoldOutcome/failed(path:reason:)``).
    public func write(to root: String) -> ScaffoldOutcome {
        var info = stat()
        if lstat(root, &info) == 0, !FileManager.default.isFolder(root) {
            return .notAFolder(info.st_mode & S_IFMT == S_IFLNK ? "is a symbolic link that does not lead to a folder" : "is a file, not a folder")
        }
        let existing = existingFiles(in: root)
        guard existing.isEmpty else { return .refused(existing: existing) }
        var created: [String] = []
        for file in files() {
            let path = (root as NSString).appendingPathComponent(file.path)
            do {
                try Self.createFolders((path as NSString).deletingLastPathComponent, recordingIn: &created)
                try AtomicFile.write(Array(file.contents.utf8), to: path)
                created.append(path)
            } catch {
                for path in created.reversed() where unlink(path) != 0 { rmdir(path) }
                let failure = error as? AtomicFile.WriteError
                return .failed(path: failure?.path ?? path, reason: failure?.reason ?? "\(error)")
            }
        }
        return .written(files().map(\.path))
    }

    /// Creates `folder` and its missing parents, appending each one created to `created`.
    private static func createFolders(_ folder: String, recordingIn created: inout [String]) throws {
        guard !folder.isEmpty, !FileManager.default.isFolder(folder) else { return }
        try createFolders((folder as NSString).deletingLastPathComponent, recordingIn: &created)
        guard mkdir(folder, 0o777) == 0 else {
            throw AtomicFile.WriteError(path: folder, reason: String(cString: strerror(errno)))
        }
        created.append(folder)
    }
}

/// What `Scaffold.write(to:)` did.
public enum ScaffoldOutcome: Sendable, Hashable {
    /// Every file was written; relative paths in catalogue order.
    case written([String])
    /// Nothing was written because these names are in the way (relative paths).
    case refused(existing: [String])
    /// Nothing was written because the root is not a folder (the phrase says what it is).
    case notAFolder(String)
    /// Writing `path` failed for `reason`; what was written before it was removed.
    case failed(path: String, reason: String)
}

extension FileManager {
    /// Whether `path` is a folder (or a link to one).
    fileprivate func isFolder(_ path: String) -> Bool {
        var folder: ObjCBool = false
        return fileExists(atPath: path, isDirectory: &folder) && folder.boolValue
    }
}
