/// The one format of rule examples (``Rule/triggering``, ``Rule/nonTriggering``).
///
/// An example is one of:
/// - **a single file**: a chapter file with its front matter, or a Markdown snippet without
///   one; it is checked as `rrp check chapter.md` checks a lone file;
/// - **a plan folder**: each file starts with a line `==> path <==` followed by its text, and is
///   checked as `rrp check example` checks a plan folder. `==> plan.md <== default` stands for
///   ``defaultPlan``, so that most examples show only the chapter they are about;
///   `==> path <== link TARGET` makes `path` a symbolic link to `TARGET`,
///   `==> path <== folder` an empty folder, and `==> path <== locked` an empty file that
///   another process holds locked while the example runs. A path may start with `../` to
///   stand beside the plan folder (`../out/` is the output folder of `$ rrp compile`), and
///   holds `\xHH` for a byte of a name that is not UTF-8.
///
/// A first line `$ rrp check PATH...` names what `rrp check` is given (paths relative to the
/// folder the example is written in: `example` or `chapter.md` by default); `$ rrp compile`
/// runs the example through `rrp compile` (into a fresh output folder `out` beside it) instead.
/// Either may carry `--severity ID=LEVEL` options and `--for-publication`.
///
/// In a triggering example, each `↓` marks where a finding must start: the finding's line and
/// column are those of the character after the marker, in the file as written without markers.
/// Markers are not shown in the documentation. In a file's text, `\u{FFFD}` stands for the
/// byte 0xE9 (a Windows-1252 `é`), so that examples can show a file that is not UTF-8. Tests run
/// every example of every rule.
public struct RuleExample: Sendable, Equatable {
    /// One file of an example, markers removed.
    public struct File: Sendable, Equatable {
        public enum Kind: Sendable, Equatable {
            case text(String)
            case link(String)
            case folder
            /// An empty file that another process holds locked (`flock`) while the example runs.
            case locked
        }
        public var path: String
        public var kind: Kind
        /// Written `==> plan.md <== default`: the shared plan file, not the example's own.
        public var isDefaultPlan = false
    }

    /// Where a `↓` marker asks for a finding: a file of the example and a 1-based line and
    /// UTF-8 byte column.
    public struct Mark: Sendable, Equatable, CustomStringConvertible {
        public var path: String
        public var line: Int
        public var column: Int
        public var description: String { "\(path):\(line):\(column)" }
    }

    /// The command the example runs through.
    public enum Command: String, Sendable, Equatable {
        case check
        case compile
    }

    /// The marker of an expected finding.
    public static let marker: Character = "↓"
    /// The folder name plan-folder examples are checked as (folder-level findings name it).
    public static let folder = "example"
    /// The name a single-file example is checked as.
    public static let singleFile = "chapter.md"

    public var command: Command
    /// The paths of a `$ rrp check PATH...` line; empty for the example itself.
    public var arguments: [String] = []
    /// The `--severity ID=LEVEL` options of the `$ rrp` line.
    public var options = DiagnosticOptions()
    /// `--for-publication` on the `$ rrp` line.
    public var forPublication = false
    /// `true` when the example is a plan folder, `false` for a single file.
    public var isFolder: Bool
    public var files: [File]
    public var marks: [Mark]

    /// Reads an example written in the format above.
    public init(_ example: String) {
        var text = Substring(example)
        command = .check
        if text.hasPrefix("$ rrp ") {
            let line = text.prefix { $0 != "\n" }
            var words = line.split(separator: " ").dropFirst(2).map(String.init)
            if words.first == "compile" { command = .compile }
            words = Array(words.dropFirst())
            if let i = words.firstIndex(of: "--for-publication") {
                forPublication = true
                words.remove(at: i)
            }
            while let i = words.firstIndex(of: "--severity"), i + 1 < words.count {
                if case .success(let (id, severity)) = DiagnosticOptions.parseOverride(words[i + 1]) { options.overrides[id] = severity }
                words.removeSubrange(i...(i + 1))
            }
            if command == .check { arguments = words }
            text = text.dropFirst(line.count).drop { $0 == "\n" }
        }
        var files: [File] = []
        var marks: [Mark] = []
        var current: (path: String, text: String)?
        func flush() {
            guard let (path, body) = current else { return }
            let (plain, found) = Self.marks(in: body, path: path)
            files.append(File(path: path, kind: .text(plain)))
            marks += found
            current = nil
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        isFolder = lines.contains { $0.hasPrefix("==> ") && $0.contains(" <==") }
        if !isFolder {
            let (plain, found) = Self.marks(in: String(text), path: Self.singleFile)
            self.files = [File(path: Self.singleFile, kind: .text(plain))]
            self.marks = found
            return
        }
        for (index, line) in lines.enumerated() {
            if line.hasPrefix("==> "), let end = line.range(of: " <==") {
                flush()
                let path = String(line[line.index(line.startIndex, offsetBy: 4)..<end.lowerBound])
                let rest = line[end.upperBound...].trimmingCharacters(in: .whitespaces)
                if rest == "default" {
                    files.append(File(path: path, kind: .text(Self.defaultPlan), isDefaultPlan: true))
                } else if rest.hasPrefix("link ") {
                    files.append(File(path: path, kind: .link(String(rest.dropFirst(5)).trimmingCharacters(in: .whitespaces))))
                } else if rest == "folder" {
                    files.append(File(path: path, kind: .folder))
                } else if rest == "locked" {
                    files.append(File(path: path, kind: .locked))
                } else {
                    current = (path, "")
                }
            } else if current != nil {
                current!.text += line + (index == lines.count - 1 ? "" : "\n")
            }
        }
        flush()
        self.files = files
        self.marks = marks
    }

    /// The paths of the default plan file: findings there do not count for or against an
    /// example.
    public var sharedPaths: Set<String> {
        Set(files.filter(\.isDefaultPlan).map(\.path))
    }

    /// The example as documentation shows it: markers removed.
    public static func withoutMarkers(_ example: String) -> String {
        example.contains(marker) ? String(example.filter { $0 != marker }) : example
    }

    /// The bytes a file's text is written as: UTF-8, with each `\u{FFFD}` written as the byte
    /// 0xE9.
    public static func bytes(of text: String) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if scalar == "\u{FFFD}" { bytes.append(0xE9) } else { bytes.append(contentsOf: String(scalar).utf8) }
        }
        return bytes
    }

    /// `text` without its markers, and where each marker stood.
    static func marks(in text: String, path: String) -> (String, [Mark]) {
        guard text.contains(marker) else { return (text, []) }
        var plain = ""
        var marks: [Mark] = []
        var line = 1, column = 1
        for character in text {
            if character == marker {
                marks.append(Mark(path: path, line: line, column: column))
                continue
            }
            plain.append(character)
            if character == "\n" { line += 1; column = 1 } else { column += character.utf8.count }
        }
        return (plain, marks)
    }

    /// The plan file used by examples that write `==> plan.md <== default`.
    public static let defaultPlan = """
    ---
    plan: Illustrative Example Regional Refugee Response Plan
    type: regional
    period: 2026-01-01 to 2026-12-31
    version: launch
    language: en
    countries: TCD, CMR
    sectors:
      protection:
        name: Protection
        subsectors: gbv, child-protection
        outcome-areas: OA1, OA4, OA5
      education:
        name: Education
        outcome-areas: OA11
    partners:
      UNHCR:
        name: United Nations High Commissioner for Refugees
        type: un
      NRC:
        name: Norwegian Refugee Council
        type: ingo
      ALN:
        name: Association Locale Nour
        type: nngo
        implementing-for: NRC
      MSP:
        name: Ministère de la Santé Publique
        type: government
    ---
    # Regional overview

    """

    /// `example` preceded by the default plan file marker.
    public static func withDefaultPlan(_ example: String) -> String {
        "==> plan.md <== default\n" + example
    }
}
