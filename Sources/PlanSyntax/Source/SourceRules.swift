import PlanDiagnostics

/// The diagnostics of reading files and folders from disk (the input walk, ``InputWalk``).
/// Encoding and front-matter location are in ``DSLRules`` with the rest of the syntax catalogue.
///
/// Examples are listings of a plan folder, one entry a line, which the tests create on disk and
/// walk: `TCD/country.md` is a file, `TCD/` a folder, `a -> b` a symbolic link to `b`, a final
/// `(fifo)` a named pipe, `(no read permission)` mode 000, and `\xE9` a byte that is not UTF-8.
public enum SourceRules {
    /// `io.unreadable`.
    public static let unreadable = Rule(
        id: "io.unreadable", severity: .error,
        summary: "A file or folder cannot be read",
        explanation: "The path does not exist, its permissions do not allow reading, it is not a regular file or folder (a named pipe, a device), or the system failed to read it. Nothing in it is checked or compiled, so `rrp` stops with an error rather than leave it out of the plan's totals. Paths are relative to the current folder.",
        triggering: ["$ rrp check chapter.md notes.md\n---\nchapter: country\ncountry: TCD\n---\n## Situation analysis\n"],
        nonTriggering: ["$ rrp check chapter.md\n---\nchapter: country\ncountry: TCD\n---\n## Situation analysis\n"]
    )

    /// `io.broken-link`.
    public static let brokenLink = Rule(
        id: "io.broken-link", severity: .error,
        summary: "A link in the plan folder leads nowhere",
        explanation: "A symbolic link points at nothing (its target does not exist), or at itself through a loop of links, so the chapter or folder of chapters it stood for cannot be read. Point the link at its target, or remove it. Hidden entries (names starting with `.`) are never read, so their links are not checked.",
        triggering: ["==> plan.md <== default\n==> TCD/country.md <== link country-2026.md\n", "==> plan.md <== default\n==> TCD/country.md <== link country.md\n"],
        nonTriggering: ["==> plan.md <== default\n==> TCD/country.md <== link country-2026.md\n==> TCD/country-2026.md <==\n---\nchapter: country\ncountry: TCD\n---\n## Situation analysis\n"]
    )

    /// `io.link-outside`.
    public static let linkOutside = Rule(
        id: "io.link-outside", severity: .error,
        summary: "A link in the plan folder leads outside it",
        explanation: "`rrp` follows a symbolic link inside a plan folder only when its target is inside the same folder, and never reads a target outside it: a link such as `notes.md -> /proc/self/environ` in a pull request would otherwise make the diagnostics quote the machine's secrets. Copy the file into the plan folder instead, or run `rrp` on a folder that holds both.",
        triggering: ["==> plan.md <== default\n==> TCD/notes.md <== link /proc/self/environ\n", "==> plan.md <== default\n==> archive <== link /etc\n"],
        nonTriggering: ["==> plan.md <== default\n==> TCD/country.md <== link ../shared/country.md\n==> shared/country.md <==\n---\nchapter: country\ncountry: TCD\n---\n## Situation analysis\n"]
    )

    /// `io.link-cycle`.
    public static let linkCycle = Rule(
        id: "io.link-cycle", severity: .error,
        summary: "A link in the plan folder leads back to a folder that holds it",
        explanation: "Following the link would read the same folder again and again. The folder's chapters are read once, where the folder is; remove the link.",
        triggering: ["==> plan.md <== default\n==> TCD/country.md <==\n---\nchapter: country\ncountry: TCD\n---\n## Situation analysis\n==> TCD/again <== link ..\n"],
        nonTriggering: ["==> plan.md <== default\n==> TCD/country.md <==\n---\nchapter: country\ncountry: TCD\n---\n## Situation analysis\n==> CMR/shared <== link ../TCD\n"]
    )

    /// `io.undecodable-name`.
    public static let undecodableName = Rule(
        id: "io.undecodable-name", severity: .error,
        summary: "A file or folder name is not valid UTF-8",
        explanation: "Paths appear in diagnostics and in the compiled plan, which are UTF-8 text, so a chapter (or a folder) whose name is not valid UTF-8 cannot be named and is not read. Such names usually come from an archive made on a system with another encoding: rename the file (the diagnostic shows each invalid byte as `\\xHH`).",
        triggering: ["==> plan.md <== default\n==> TCD/r\\xE9fugi\\xE9s.md <==\n# Notes\n"],
        nonTriggering: ["==> plan.md <== default\n==> TCD/réfugiés.md <==\n# Notes\n"]
    )

    /// Every rule of this family.
    public static let all: [Rule] = [unreadable, brokenLink, linkOutside, linkCycle, undecodableName]
}
