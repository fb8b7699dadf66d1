import Foundation

extension ChangedLines {
    /// Runs git in `directory` for the lines changed since `ref` (working tree against `ref`,
    /// untracked files included). Throws when git fails (unknown ref, not a repository).
    public static func since(_ ref: String, in directory: String = FileManager.default.currentDirectoryPath) throws -> ChangedLines {
        let root = try git(["rev-parse", "--show-toplevel"], in: directory).trimmingCharacters(in: .whitespacesAndNewlines)
        let diff = try git(["diff", "--unified=0", "--no-color", "--no-ext-diff", ref, "--"], in: root)
        var changed = parse(diff: diff, root: root)
        let untracked = try git(["ls-files", "--others", "--exclude-standard"], in: root)
        changed.wholeFiles = Set(untracked.split(whereSeparator: \.isNewline).map(String.init))
        return changed
    }

    static func git(_ arguments: [String], in directory: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", directory] + arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw GitError(arguments: arguments, status: process.terminationStatus, message: String(decoding: message, as: UTF8.self))
        }
        return String(decoding: data, as: UTF8.self)
    }
}

/// git exited with a failure.
public struct GitError: Error, CustomStringConvertible, Sendable {
    /// The git arguments that failed.
    public var arguments: [String]
    /// git's exit status.
    public var status: Int32
    /// What git wrote to standard error.
    public var message: String

    /// The error as one line.
    public var description: String {
        "git \(arguments.joined(separator: " ")) failed (\(status)): \(message.trimmingCharacters(in: .whitespacesAndNewlines))"
    }
}
