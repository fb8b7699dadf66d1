import PlanDiagnostics

/// Lists the files a plan folder holds, the way every command reads it.
///
/// It visits every entry whose name does not start with `.` (so `.git` and the SwiftPM build
/// folders `.build*` are skipped), keeps the regular files whose name ends in `.md`, descends into
/// folders, and follows a symbolic link only when its resolved target stays inside the plan
/// folder and is not a folder that holds the link. Everything it cannot list, follow or name is a
/// diagnostic; it never opens a file (``InputWalk`` reads what it found).
struct FolderWalker {
    /// A file to read: its path as shown, its name inside the plan folder, and the resolved path
    /// to open (no link left in it).
    struct Found: Sendable {
        var path: String
        var name: String
        var resolved: String
    }

    /// The plan folder, resolved.
    let root: String
    private(set) var found: [Found] = []
    private(set) var diagnostics: [Diagnostic] = []

    init(root: String) {
        self.root = root
    }

    /// Walks the folder shown as `path`, named `name` inside the plan folder and resolved as
    /// `resolved`; `ancestors` are the resolved folders that hold it, itself included. Returns
    /// whether the folder could be listed.
    @discardableResult
    mutating func walk(folder path: String, name: String, resolved: String, ancestors: [String]) -> Bool {
        switch FileSystemEntry.entries(of: resolved) {
        case .failure(let error):
            diagnostics.append(InputDiagnostics.unreadable(path, folder: true, error))
            return false
        case .success(let entries):
            for entry in entries.sorted(by: { $0.name.lexicographicallyPrecedes($1.name) }) where entry.name.first != 0x2E {
                visit(entry, folder: (path, name, resolved), ancestors: ancestors)
            }
            return true
        }
    }

    private mutating func visit(_ entry: FileSystemEntry.Listed, folder: (path: String, name: String, resolved: String), ancestors: [String]) {
        let isMarkdown = entry.name.count > 3 && entry.name.suffix(3).elementsEqual(".md".utf8)
        guard let text = String(validating: entry.name, as: UTF8.self) else {
            // A folder or link may hold chapters; an unlisted kind may be either.
            if isMarkdown || entry.kind != .regularFile {
                diagnostics.append(InputDiagnostics.undecodableName(FileSystemEntry.join(folder.path, InputDiagnostics.escaped(entry.name))))
            }
            return
        }
        let path = FileSystemEntry.join(folder.path, text)
        let name = FileSystemEntry.join(folder.name, text)
        let here = folder.resolved == "/" ? "/" + text : folder.resolved + "/" + text
        let kind: FileSystemEntry.Kind
        if let listed = entry.kind {
            kind = listed
        } else {
            switch FileSystemEntry.kind(of: here, following: false) {
            case .success(let k): kind = k
            case .failure(let error):
                diagnostics.append(InputDiagnostics.unreadable(path, folder: false, error))
                return
            }
        }
        switch kind {
        case .folder: walk(folder: path, name: name, resolved: here, ancestors: ancestors + [here])
        case .regularFile: if isMarkdown { found.append(Found(path: path, name: name, resolved: here)) }
        case .other: if isMarkdown { diagnostics.append(InputDiagnostics.notRegular(path)) }
        case .link: follow(path, name: name, at: here, isMarkdown: isMarkdown, ancestors: ancestors)
        }
    }

    /// Follows the link shown as `path`, at the resolved location `here`, when it stays inside.
    private mutating func follow(_ path: String, name: String, at here: String, isMarkdown: Bool, ancestors: [String]) {
        let text = FileSystemEntry.linkText(here)
        let target: String
        switch FileSystemEntry.resolved(here) {
        case .success(let resolved): target = resolved
        case .failure(let error):
            diagnostics.append(InputDiagnostics.brokenLink(path, target: text, error))
            return
        }
        let kind = FileSystemEntry.kind(of: target, following: false)
        guard isInside(target) else {
            if isMarkdown || kind == .success(.folder) { diagnostics.append(InputDiagnostics.linkOutside(path, target: text)) }
            return
        }
        switch kind {
        case .success(.folder):
            if ancestors.contains(target) {
                diagnostics.append(InputDiagnostics.linkCycle(path, target: text))
            } else {
                walk(folder: path, name: name, resolved: target, ancestors: ancestors + [target])
            }
        case .success(.regularFile): if isMarkdown { found.append(Found(path: path, name: name, resolved: target)) }
        case .success: if isMarkdown { diagnostics.append(InputDiagnostics.notRegular(path)) }
        case .failure(let error): diagnostics.append(InputDiagnostics.unreadable(path, folder: false, error))
        }
    }

    /// Whether the resolved `path` is the plan folder or inside it.
    private func isInside(_ path: String) -> Bool {
        root == "/" || path == root || path.hasPrefix(root + "/")
    }
}
