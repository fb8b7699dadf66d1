import Foundation

/// Runs the built `rrp` executable and captures its output.
public enum RRPProcess {
    public struct Result: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String
    }

    /// The `rrp` binary beside the test bundle (SwiftPM builds products into one folder).
    public static var executable: String {
        let besideTests = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("rrp").path
        if FileManager.default.isExecutableFile(atPath: besideTests) { return besideTests }
        return PackagePaths.path(".build/debug/rrp")
    }

    /// Runs `rrp` with `arguments` in `directory` (the package root by default); with `prefix`,
    /// runs `prefix[0]` with the rest of `prefix`, then `rrp` and `arguments` (a launcher such as
    /// `setpriv`, see ``Unreadable``).
    public static func run(_ arguments: [String], in directory: String = PackagePaths.root, environment: [String: String] = [:], prefix: [String] = []) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: prefix.first ?? executable)
        process.arguments = prefix.isEmpty ? arguments : Array(prefix.dropFirst()) + [executable] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read both pipes before waiting so a large output cannot block the child.
        let group = DispatchGroup()
        nonisolated(unsafe) var errData = Data()
        group.enter()
        DispatchQueue.global().async {
            errData = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self))
    }
}
