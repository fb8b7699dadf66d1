import Foundation

/// `hxlvalidate` (PyPI `libhxl`, which needs `six`) on the PATH, and running it. Tests install
/// nothing: CI runs `python3 -m pip install libhxl six` first; without it, the tests that need
/// the tool say why they did not run.
public enum HXLValidate {
    /// The tool's path, `nil` when it is not installed.
    public static var tool: String? {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map { "\($0)/hxlvalidate" }
        return paths.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs the tool with `arguments`: its exit status and its output (standard output and error).
    public static func run(_ tool: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
