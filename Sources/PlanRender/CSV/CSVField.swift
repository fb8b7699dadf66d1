/// RFC 4180 fields: a field holding a comma, a double quote, CR or LF is quoted, with inner
/// quotes doubled. Records end with CRLF. Written as UTF-8 bytes.
///
/// Formula injection (OWASP "CSV Injection"): a spreadsheet runs a cell that starts with `=`,
/// `+`, `-`, `@`, a tab or a carriage return as a formula. Such a field gets a leading `'`,
/// which spreadsheets show as text, unless it is a plain number (`-12`, `-3.5`): numbers stay
/// numbers.
public enum CSVField {
    /// One field, neutralised and quoted when needed.
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
        let guarded = startsFormula(field)
        guard guarded || field.containsUTF8Byte(where: { $0 == UInt8(ascii: ",") || $0 == quote || $0 == 10 || $0 == 13 }) else {
            out.append(contentsOf: field.utf8)
            return
        }
        out.append(quote)
        if guarded { out.append(UInt8(ascii: "'")) }
        for b in field.utf8 {
            if b == quote { out.append(quote) }
            out.append(b)
        }
        out.append(quote)
    }

    /// Whether a spreadsheet would read `field` as a formula: it starts with `=`, `+`, `-`, `@`,
    /// a tab or a carriage return, and is not a plain decimal number.
    static func startsFormula(_ field: String) -> Bool {
        guard let first = field.utf8.first else { return false }
        switch first {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "@"), 9, 13: return true
        case UInt8(ascii: "-"): return !isPlainNumber(field.utf8.dropFirst())
        default: return false
        }
    }

    /// Digits, optionally followed by a point and more digits (`12`, `3.5`).
    private static func isPlainNumber(_ bytes: Substring.UTF8View) -> Bool {
        var digits = 0, points = 0, last: UInt8 = 0
        for b in bytes {
            if b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") { digits += 1 } else if b == UInt8(ascii: ".") { points += 1 } else { return false }
            last = b
        }
        return digits > 0 && points <= 1 && bytes.first != UInt8(ascii: ".") && last != UInt8(ascii: ".")
    }
}
