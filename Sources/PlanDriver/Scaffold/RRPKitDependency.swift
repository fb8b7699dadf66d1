import Foundation

/// How a new plan repository's `Package.swift` names RRPKit.
public enum RRPKitDependency: Sendable, Hashable {
    /// A local checkout: `.package(name: "RRPKit", path: ...)`.
    case path(String)
    /// A released version: `.package(url: ..., from: ...)`.
    case release(url: String, from: String)

    /// The placeholder written when no checkout is known: it must be edited before the first build.
    public static let placeholder = RRPKitDependency.release(url: "https://github.com/YOUR-ORGANIZATION/RRPKit.git", from: "0.1.0")

    /// The `.package(...)` line for `Package.swift`.
    public var manifestLine: String {
        switch self {
        case .path(let path): ".package(name: \"RRPKit\", path: \(Self.quoted(path)))"
        case .release(let url, let version): ".package(url: \(Self.quoted(url)), from: \(Self.quoted(version)))"
        }
    }

    /// The RRPKit checkout that holds `executable` (an `rrp` built inside `.build`), if any:
    /// the nearest enclosing folder whose `Package.swift` declares the package "RRPKit".
    public static func checkout(containing executable: String) -> String? {
        var url = URL(fileURLWithPath: executable).resolvingSymlinksInPath()
        while url.path != "/" {
            url.deleteLastPathComponent()
            let manifest = url.appendingPathComponent("Package.swift").path
            if let data = FileManager.default.contents(atPath: manifest),
               String(decoding: data, as: UTF8.self).contains("name: \"RRPKit\"") {
                return url.path
            }
        }
        return nil
    }

    private static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
