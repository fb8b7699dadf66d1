import Foundation

/// RFC 4180 fields: a field holding a comma, a double quote, CR or LF is quoted, with inner
/// quotes doubled. Records end with CRLF.
public enum CSVField {
    /// One field, quoted when needed.
    public static func quote(_ field: String) -> String {
        let needsQuotes = field.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 10 || $0 == 13 }
        guard needsQuotes else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// One record: quoted fields joined by commas, ended by CRLF.
    public static func record(_ fields: [String]) -> String {
        fields.map(quote).joined(separator: ",") + "\r\n"
    }
}
