import PlanDiagnostics

/// The diagnostics of reading files and folders from disk (the input walk, ``InputWalk``).
/// Encoding and front-matter location are in ``DSLRules`` with the rest of the syntax catalogue.
///
/// Examples are listings of a plan folder, one entry a line, which the tests create on disk and
/// walk: `TCD/country.md` is a file, `TCD/` a folder, `a -> b` a symbolic link to `b`, a final
/// `(fifo)` a named pipe, `(no read permission)` mode 000, and `\xE9` a byte that is not UTF-8.
public enum SourceRules {
    /// `io.unreadable`.
    public static let unreadable = RuleDescription(
        id: "io.unreadable", severity: .error,
        summary: "A file or folder cannot be read",
        explanation: "The path does not exist, its permissions do not allow reading, it is not a regular file or folder (a named pipe, a device), or the system failed to read it. Nothing in it is checked or compiled, so `rrp` stops with an error rather than leave it out of the plan's totals. Paths are relative to the current folder.",
        triggering: ["plan.md\nTCD/ (no read permission)\nTCD/country.md", "plan.md\nTCD/country.md (fifo)"],
        nonTriggering: ["plan.md\nTCD/country.md"]
    )

    /// `io.broken-link`.
    public static let brokenLink = RuleDescription(
        id: "io.broken-link", severity: .error,
        summary: "A link in the plan folder leads nowhere",
        explanation: "A symbolic link points at nothing (its target does not exist), or at itself through a loop of links, so the chapter or folder of chapters it stood for cannot be read. Point the link at its target, or remove it. Hidden entries (names starting with `.`) are never read, so their links are not checked.",
        triggering: ["plan.md\nTCD/country.md -> country-2026.md", "plan.md\nTCD/country.md -> country.md"],
        nonTriggering: ["plan.md\nTCD/country.md -> country-2026.md\nTCD/country-2026.md"]
    )

    /// `io.link-outside`.
    public static let linkOutside = RuleDescription(
        id: "io.link-outside", severity: .error,
        summary: "A link in the plan folder leads outside it",
        explanation: "`rrp` follows a symbolic link inside a plan folder only when its target is inside the same folder, and never reads a target outside it: a link such as `notes.md -> /proc/self/environ` in a pull request would otherwise make the diagnostics quote the machine's secrets. Copy the file into the plan folder instead, or run `rrp` on a folder that holds both.",
        triggering: ["plan.md\nTCD/notes.md -> /proc/self/environ", "plan.md\narchive -> /etc"],
        nonTriggering: ["plan.md\nTCD/protection.md -> ../shared/protection.md\nshared/protection.md"]
    )

    /// `io.link-cycle`.
    public static let linkCycle = RuleDescription(
        id: "io.link-cycle", severity: .error,
        summary: "A link in the plan folder leads back to a folder that holds it",
        explanation: "Following the link would read the same folder again and again. The folder's chapters are read once, where the folder is; remove the link.",
        triggering: ["plan.md\nTCD/country.md\nTCD/again -> .."],
        nonTriggering: ["plan.md\nTCD/country.md\nCMR/shared -> ../TCD"]
    )

    /// `io.undecodable-name`.
    public static let undecodableName = RuleDescription(
        id: "io.undecodable-name", severity: .error,
        summary: "A file or folder name is not valid UTF-8",
        explanation: "Paths appear in diagnostics and in the compiled plan, which are UTF-8 text, so a chapter (or a folder) whose name is not valid UTF-8 cannot be named and is not read. Such names usually come from an archive made on a system with another encoding: rename the file (the diagnostic shows each invalid byte as `\\xHH`).",
        triggering: ["plan.md\nTCD/r\\xE9fugi\\xE9s.md"],
        nonTriggering: ["plan.md\nTCD/réfugiés.md"]
    )

    /// Every rule of this family.
    public static let all: [RuleDescription] = [unreadable, brokenLink, linkOutside, linkCycle, undecodableName]
}
