import Foundation

/// Sees a plan folder change by comparing snapshots (taken at every poll, and at once when
/// ``FolderEvents`` reports activity): the modification time (to the nanosecond), size and
/// inode of its `.md` files (hidden entries skipped, as every command reads a folder), of the
/// other files the last compile read (funding files the plan file names) and of a templates
/// folder. Portable, and cheap: a few hundred `stat` calls per poll for a large plan.
public struct ChangeDetector: Sendable {
    /// What one poll saw: every watched file's stamp, by path; a folder that cannot be listed
    /// is a stamp of its own, so it becoming readable again is a change.
    public struct Snapshot: Sendable, Hashable {
        public var stamps: [String: Stamp]
        /// The folders listed on the way (to watch for events); not part of what changed.
        public var folders: Set<String> = []

        public static func == (a: Snapshot, b: Snapshot) -> Bool { a.stamps == b.stamps }
        public func hash(into hasher: inout Hasher) { hasher.combine(stamps) }
    }

    /// One file's modification time, size and inode (an editor that saves by renaming a new
    /// file over the old one changes the inode even within one clock tick).
    public struct Stamp: Sendable, Hashable {
        public var seconds: Int
        public var nanoseconds: Int
        public var size: Int64
        public var inode: UInt64
        /// The file or folder could not be read (`stat` or listing failed).
        public static let unreadable = Stamp(seconds: -1, nanoseconds: 0, size: -1, inode: 0)
    }

    /// The plan folder: its `.md` files are watched.
    public var planDirectory: String
    /// A templates folder (`--templates`): every file in it is watched.
    public var templatesDirectory: String?
    /// Other files to watch (those the last compile read besides the chapters).
    public var files: [String]

    public init(planDirectory: String, templatesDirectory: String? = nil, files: [String] = []) {
        self.planDirectory = planDirectory
        self.templatesDirectory = templatesDirectory
        self.files = files
    }

    /// Stamps every watched file now.
    public func snapshot() -> Snapshot {
        var snapshot = Snapshot(stamps: [:])
        Self.walk(planDirectory, keep: { $0.hasSuffix(".md") }, ancestors: [], into: &snapshot)
        if let templatesDirectory { Self.walk(templatesDirectory, keep: { _ in true }, ancestors: [], into: &snapshot) }
        for file in files {
            snapshot.stamps[file] = Self.stamp(file) ?? .unreadable
            snapshot.folders.insert((file as NSString).deletingLastPathComponent)
        }
        return snapshot
    }

    /// The paths whose stamps differ between two snapshots (added, removed or changed), sorted.
    public static func changes(from old: Snapshot, to new: Snapshot) -> [String] {
        Set(old.stamps.keys).union(new.stamps.keys).filter { old.stamps[$0] != new.stamps[$0] }.sorted()
    }

    /// Stamps the files under `folder` that `keep` accepts, skipping hidden entries; a folder
    /// that cannot be listed is stamped unreadable. A link back to a folder on the way
    /// (`ancestors`, resolved paths) is not followed again.
    private static func walk(_ folder: String, keep: (String) -> Bool, ancestors: Set<String>, into snapshot: inout Snapshot) {
        let resolved = (folder as NSString).resolvingSymlinksInPath
        guard !ancestors.contains(resolved) else { return }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
            snapshot.stamps[folder] = .unreadable
            // The folder may appear: its parent's events say so.
            snapshot.folders.insert((folder as NSString).deletingLastPathComponent)
            return
        }
        snapshot.folders.insert(folder)
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = (folder as NSString).appendingPathComponent(name)
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                snapshot.stamps[path] = .unreadable  // a link that leads nowhere
                continue
            }
            if isFolder.boolValue {
                walk(path, keep: keep, ancestors: ancestors.union([resolved]), into: &snapshot)
            } else if keep(name) {
                snapshot.stamps[path] = stamp(path) ?? .unreadable
            }
        }
    }

    /// `stat` of `path`, following links.
    static func stamp(_ path: String) -> Stamp? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        #if canImport(Darwin)
        let modified = info.st_mtimespec
        #else
        let modified = info.st_mtim
        #endif
        return Stamp(
            seconds: Int(modified.tv_sec), nanoseconds: Int(modified.tv_nsec),
            size: Int64(info.st_size), inode: UInt64(info.st_ino)
        )
    }
}
