import PlanDiagnostics
import PlanSyntax

/// A stable fingerprint of a finding that does not depend on its line number: the rule, the
/// flagged text and the (whitespace-normalized) content of its line, hashed with FNV-1a 64.
/// Edits elsewhere in the file leave it unchanged; editing the flagged sentence changes it.
public enum LintFingerprint {
    /// The fingerprint of `diagnostic` (16 hex digits); `source` is the file it points into, if at hand.
    public static func of(_ diagnostic: Diagnostic, in source: SourceFile?) -> String {
        var material = diagnostic.id.rawValue + "\u{0}"
        if let source, let range = diagnostic.range {
            let flagged = range.isEmpty ? diagnostic.summary : source.text(range.start.offset..<range.end.offset)
            let line = source.text(ofLine: range.start.line).split(whereSeparator: \.isWhitespace).joined(separator: " ")
            material += flagged + "\u{0}" + line
        } else {
            material += diagnostic.summary
        }
        return hex(TokenHash.hash(material))
    }

    static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
