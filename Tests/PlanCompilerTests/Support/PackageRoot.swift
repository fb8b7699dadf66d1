import Foundation

/// Paths relative to the package root (the folder that holds Package.swift).
enum PackageRoot {
    static let path: String = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url.path }
        }
        return FileManager.default.currentDirectoryPath
    }()

    static func path(_ relative: String) -> String { path + "/" + relative }
}
