import Foundation

/// Paths of the package under test, found from this file's location.
public enum PackagePaths {
    /// The folder that holds Package.swift.
    public static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url.path }
        }
        return FileManager.default.currentDirectoryPath
    }()

    /// `../shared` beside the package (the team's shared data, present on CI too).
    public static var shared: String { (root as NSString).appendingPathComponent("../shared") }

    /// A path relative to the package root.
    public static func path(_ relative: String) -> String {
        (root as NSString).appendingPathComponent(relative)
    }
}
