/// The version of the RRPKit tools, printed by `rrp --version` and written into SARIF output.
public enum RRPVersion {
    public static let current = "0.1.0"
}
