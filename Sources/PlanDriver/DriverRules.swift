import PlanDiagnostics

/// Diagnostics the commands themselves emit (output files).
public enum DriverRules {
    /// `io.unwritable`.
    public static let unwritable = Rule(
            id: "io.unwritable",
            severity: .error,
            summary: "An output file cannot be written",
            explanation: "The folder is missing or read-only, or the disk is full. Files are written atomically: a failed write leaves the previous file as it was."
        )

    /// Every rule of this family.
    public static let all: [Rule] = [unwritable]
}
