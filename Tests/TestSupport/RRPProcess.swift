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

    /// Runs `rrp` with `arguments` in `directory` (the package root by default). With
    /// `fileSizeLimit` (bytes, a multiple of 512), every file `rrp` writes stops at that size: a
    /// longer write fails with `EFBIG`, as on a full disk (`ulimit -f`, with `SIGXFSZ` ignored).
    /// With `prefix`, runs `prefix[0]` with the rest of `prefix`, then `rrp` and `arguments` (a
    /// launcher such as `setpriv`, see ``Unreadable``).
    public static func run(_ arguments: [String], in directory: String = PackagePaths.root, environment: [String: String] = [:], fileSizeLimit: Int? = nil, prefix: [String] = []) throws -> Result {
        let process = self.process(arguments, in: directory, environment: environment, fileSizeLimit: fileSizeLimit, prefix: prefix)
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

    /// Starts `rrp` with `arguments` in `directory` and kills it with `SIGKILL` after `delay`
    /// (its output is discarded); returns whether it had finished by then.
    public static func kill(_ arguments: [String], in directory: String = PackagePaths.root, after delay: Duration) throws -> Bool {
        let process = self.process(arguments, in: directory, environment: [:], fileSizeLimit: nil, prefix: [])
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        Thread.sleep(forTimeInterval: Double(delay.components.seconds) + Double(delay.components.attoseconds) / 1e18)
        let finished = !process.isRunning
        if !finished { Glibc.kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        return finished
    }

    private static func process(_ arguments: [String], in directory: String, environment: [String: String], fileSizeLimit: Int?, prefix: [String]) -> Process {
        let process = Process()
        if !prefix.isEmpty {
            process.executableURL = URL(fileURLWithPath: prefix[0])
            process.arguments = Array(prefix.dropFirst()) + [executable] + arguments
        } else if let fileSizeLimit {
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", "trap '' XFSZ; ulimit -f \(fileSizeLimit / 512); exec \"$0\" \"$@\"", executable] + arguments
        } else {
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = arguments
        }
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        for (k, v) in environment { env[k] = v }
        process.environment = env
        return process
    }
}
