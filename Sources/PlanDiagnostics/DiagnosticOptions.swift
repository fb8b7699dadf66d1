/// What the user asked of diagnostics: `--warnings-as-errors` and per-ID severity overrides.
public struct DiagnosticOptions: Hashable, Sendable {
    public var warningsAsErrors: Bool
    /// Severity by diagnostic ID; `nil` as a value silences the ID.
    public var overrides: [RuleID: Severity?]

    public init(warningsAsErrors: Bool = false, overrides: [RuleID: Severity?] = [:]) {
        self.warningsAsErrors = warningsAsErrors
        self.overrides = overrides
    }

    /// Parses overrides written as `ID=error|warning|note|off`.
    /// Returns `nil` with a message for a malformed entry.
    public static func parseOverride(_ text: String) -> Result<(RuleID, Severity?), OverrideError> {
        let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
        guard parts.count == 2, !parts[0].isEmpty else { return .failure(OverrideError(text: text)) }
        if parts[1] == "off" { return .success((RuleID(parts[0]), nil)) }
        guard let severity = Severity(rawValue: parts[1]) else { return .failure(OverrideError(text: text)) }
        return .success((RuleID(parts[0]), severity))
    }

    /// A malformed `--severity` argument.
    public struct OverrideError: Error, CustomStringConvertible, Sendable {
        public var text: String
        public var description: String {
            "expected ID=error|warning|note|off, found '\(text)'"
        }
    }
}
