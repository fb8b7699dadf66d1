import Foundation

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

    /// The files that already exist below `root` (relative paths, in catalogue order).
    public func existingFiles(in root: String) -> [String] {
        files().map(\.path).filter {
            FileManager.default.fileExists(atPath: (root as NSString).appendingPathComponent($0))
        }
    }

    /// Writes every file below `root`, creating folders. Writes nothing, and returns the
    /// clashing paths, when any of the files exists already.
    public func write(to root: String) throws -> ScaffoldOutcome {
        let existing = existingFiles(in: root)
        guard existing.isEmpty else { return .refused(existing: existing) }
        var written: [String] = []
        for file in files() {
            try GeneratedFile.writeIfChanged(file.contents, to: (root as NSString).appendingPathComponent(file.path))
            written.append(file.path)
        }
        return .written(written)
    }
}

/// What `Scaffold.write(to:)` did.
public enum ScaffoldOutcome: Sendable, Hashable {
    /// Every file was written; relative paths in catalogue order.
    case written([String])
    /// Nothing was written because these files exist (relative paths).
    case refused(existing: [String])
}
