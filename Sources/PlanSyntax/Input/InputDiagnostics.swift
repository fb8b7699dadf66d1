import Foundation
import PlanDiagnostics

/// The diagnostics of the input walk, one constructor per situation, each with its rule's ID,
/// severity and explanation (``SourceRules``). They concern whole files or folders: no range.
enum InputDiagnostics {
    static func missing(_ path: String) -> Diagnostic {
        make(SourceRules.unreadable, path, "No such file or folder", explanation: "Check the path; paths are relative to the current folder.")
    }

    static func unreadable(_ path: String, folder: Bool, _ error: SystemError) -> Diagnostic {
        make(SourceRules.unreadable, path, "Cannot read this \(folder ? "folder" : "file"): \(error.reason)")
    }

    static func unreadable(_ path: String, folder: Bool, reason: String) -> Diagnostic {
        make(SourceRules.unreadable, path, "Cannot read this \(folder ? "folder" : "file"): \(reason)")
    }

    static func notRegular(_ path: String) -> Diagnostic {
        make(SourceRules.unreadable, path, "Cannot read this file: it is not a regular file (a named pipe, socket or device)")
    }

    static func notAFolder(_ path: String) -> Diagnostic {
        make(SourceRules.unreadable, path, "This is a file, not a plan folder", explanation: "Give the folder that holds the plan file (`plan.md`) and its chapters.")
    }

    static func brokenLink(_ path: String, target: String?, _ error: SystemError) -> Diagnostic {
        let to = target.map { " '\($0)'" } ?? ""
        let summary = error.code == ELOOP ? "Link\(to) leads back to itself through a loop of links" : "Link\(to) leads nowhere: \(error.reason)"
        return make(SourceRules.brokenLink, path, summary)
    }

    static func linkOutside(_ path: String, target: String?) -> Diagnostic {
        make(SourceRules.linkOutside, path, "Link\(target.map { " '\($0)'" } ?? "") leads outside the plan folder: not followed")
    }

    static func linkCycle(_ path: String, target: String?) -> Diagnostic {
        make(SourceRules.linkCycle, path, "Link\(target.map { " '\($0)'" } ?? "") leads back to a folder that holds it: not followed")
    }

    static func undecodableName(_ path: String) -> Diagnostic {
        make(SourceRules.undecodableName, path, "Name is not valid UTF-8: rename it (invalid bytes are shown as \\xHH)")
    }

    /// `bytes` as text, each byte that is not part of valid UTF-8 written `\xHH`.
    static func escaped(_ bytes: [UInt8]) -> String {
        var out = ""
        var i = 0
        while i < bytes.count {
            if let length = validSequenceLength(bytes, at: i) {
                out += String(decoding: bytes[i..<(i + length)], as: UTF8.self)
                i += length
            } else {
                out += "\\x" + String(bytes[i], radix: 16, uppercase: true).leftPadded
                i += 1
            }
        }
        return out
    }

    /// The length of the valid UTF-8 sequence starting at `i`, `nil` if none does.
    private static func validSequenceLength(_ bytes: [UInt8], at i: Int) -> Int? {
        for length in 1...4 where i + length <= bytes.count {
            if String(validating: bytes[i..<(i + length)], as: UTF8.self) != nil { return length }
        }
        return nil
    }

    private static func make(_ rule: Rule, _ path: String, _ summary: String, explanation: String? = nil) -> Diagnostic {
        rule.diagnostic(file: path, summary: summary, explanation: explanation)
    }
}

private extension String {
    /// Two hex digits.
    var leftPadded: String { count == 1 ? "0" + self : self }
}
