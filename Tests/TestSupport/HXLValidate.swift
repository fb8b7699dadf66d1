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
        try ToolProcess.run(tool, arguments)
    }
}
