import PlanDiagnostics

/// Diagnostics the commands themselves emit (output files). Their examples run `rrp compile`
/// into an output folder `out` beside the example's plan folder (see docs/outputs.md).
public enum DriverRules {
    /// `io.unwritable`.
    public static let unwritable = Rule(
            id: "io.unwritable",
            severity: .error,
            summary: "An output file cannot be written",
            explanation: """
                The folder is read-only, the disk is full, or the name is taken by a folder. `rrp fmt` leaves the chapter as it was. \
                `rrp compile` writes every file to a temporary first and replaces nothing until all are written, so a failure then leaves \
                the output folder as it was; a failure while it replaces files leaves the folder's manifest "in-progress", listing every \
                file, and the next compile into the folder finishes it. The compile fails whatever `--severity` says.
                """,
            triggering: [
                "$ rrp compile --severity section.missing=off\n==> plan.md <== default\n==> ../out/regional.html <== folder\n",
            ],
            nonTriggering: [
                "$ rrp compile --severity section.missing=off\n==> plan.md <== default\n==> ../out/notes.txt <==\nA file of your own in the output folder is left alone.\n",
            ]
        )

    /// `io.locked`.
    public static let locked = Rule(
            id: "io.locked",
            severity: .error,
            summary: "Another rrp compile is writing into this output folder",
            explanation: """
                One compile at a time writes into an output folder: each holds a lock on the folder's `.rrp-outputs.lock` while it \
                writes, and another compile waits up to 30 seconds for it, then stops with this error without writing anything. \
                The lock ends with the compile that holds it, even when that one is killed. Run the compiles one after the other, or \
                give each its own `--out` folder.
                """,
            triggering: [
                "$ rrp compile --severity section.missing=off\n==> plan.md <== default\n==> ../out/.rrp-outputs.lock <== locked\n",
            ],
            nonTriggering: [
                "$ rrp compile --severity section.missing=off\n==> plan.md <== default\n==> ../out/.rrp-outputs.lock <==\n",
            ]
        )

    /// Every rule of this family.
    public static let all: [Rule] = [unwritable, locked]
}
