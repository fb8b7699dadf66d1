/// RFC 4180 fields: a field holding a comma, a double quote, CR or LF is quoted, with inner
/// quotes doubled. Records end with CRLF. Written as UTF-8 bytes.
public enum CSVField {
    /// One field, quoted when needed.
    public static func quote(_ field: String) -> String {
        var out: [UInt8] = []
        append(field, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// One record: quoted fields joined by commas, ended by CRLF.
    public static func record(_ fields: [String]) -> String {
        var out: [UInt8] = []
        appendRecord(fields, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends one record (fields, commas, CRLF) to `out`.
    static func appendRecord(_ fields: [String], to out: inout [UInt8]) {
        for (i, field) in fields.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            append(field, to: &out)
        }
        out.append(13)
        out.append(10)
    }

    private static func append(_ field: String, to out: inout [UInt8]) {
        let quote = UInt8(ascii: "\"")
        guard field.containsUTF8Byte(where: { $0 == UInt8(ascii: ",") || $0 == quote || $0 == 10 || $0 == 13 }) else {
            out.append(contentsOf: field.utf8)
            return
        }
        out.append(quote)
        for b in field.utf8 {
            if b == quote { out.append(quote) }
            out.append(b)
        }
        out.append(quote)
    }
}
