import PlanDiagnostics

/// Diagnostics the commands themselves emit (output files). Their examples are command lines,
/// with what makes them trigger in a comment (see docs/outputs.md).
public enum DriverRules {
    public static let all: [RuleDescription] = [
        RuleDescription(
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
                "rrp compile plan --out out    # out/regional.html is a folder",
                "rrp compile plan --out out    # the disk holding out is full",
                "rrp fmt plan                  # plan/NER is read-only",
            ],
            nonTriggering: [
                "rrp compile plan --out out    # out holds files of your own besides rrp's: they are left alone",
            ]
        ),
        RuleDescription(
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
                "rrp compile plan --out out & rrp compile plan --out out    # the first one still writes after 30 seconds",
            ],
            nonTriggering: [
                "rrp compile plan --out out && rrp compile plan --out out",
                "rrp compile plan --out out-a & rrp compile plan --out out-b",
            ]
        ),
    ]
}
