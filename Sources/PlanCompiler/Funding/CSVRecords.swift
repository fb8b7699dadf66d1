import PlanModel
import PlanSyntax

/// RFC 4180 CSV as it comes from spreadsheets and FTS's download: fields separated by commas,
/// quoted with `"` (a doubled `""` inside), records ended by LF, CRLF or CR; a quoted field may
/// span lines. Each field keeps its byte range, so findings point at the cell.
struct CSVRecords {
    /// One field: its unquoted text and the byte range of the cell as written.
    struct Field: Sendable {
        var text: String
        var start: Int
        var end: Int
        /// The number of the text among the distinct texts its reader met in the file
        /// (``InternedTexts/numbered(_:)``), -1 when the reader did not number it: two fields of
        /// one file with one number have the same text, so that a tally can keep what a text
        /// stands for in an array by its number instead of looking the text up.
        var number: Int32 = -1

        /// The field with its text trimmed of spaces and tabs, `nil` when nothing is left: an
        /// empty cell gives no value.
        var trimmed: Field? {
            // Most cells have no space around them: they are kept as they are, without a copy.
            let utf8 = text.utf8
            guard let first = utf8.first, let last = utf8.last else { return nil }
            func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 }
            if !isSpace(first), !isSpace(last) { return self }
            let text = text.trimmingSpaces
            return text.isEmpty ? nil : Field(text: text, start: start, end: end)
        }
    }

    /// The records, each a list of fields, blank lines left out.
    static func parse(_ bytes: [UInt8]) -> [[Field]] {
        var records: [[Field]] = []
        var record: [Field] = []
        var i = 0
        let n = bytes.count
        if n >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { i = 3 }
        var atRecordStart = true
        while i < n || !atRecordStart {
            let start = i
            let text: String
            if i < n, bytes[i] == UInt8(ascii: "\"") {
                var unquoted: [UInt8] = []
                i += 1
                while i < n {
                    if bytes[i] == UInt8(ascii: "\"") {
                        if i + 1 < n, bytes[i + 1] == UInt8(ascii: "\"") {
                            unquoted.append(UInt8(ascii: "\""))
                            i += 2
                        } else {
                            i += 1
                            break
                        }
                    } else {
                        unquoted.append(bytes[i])
                        i += 1
                    }
                }
                // Anything between the closing quote and the separator is kept, as spreadsheets do.
                while i < n, bytes[i] != UInt8(ascii: ","), bytes[i] != 0x0A, bytes[i] != 0x0D {
                    unquoted.append(bytes[i])
                    i += 1
                }
                text = String(decoding: unquoted, as: UTF8.self)
            } else {
                while i < n, bytes[i] != UInt8(ascii: ","), bytes[i] != 0x0A, bytes[i] != 0x0D { i += 1 }
                // Straight from the file's bytes: no copy of the cell before its text.
                text = String(decoding: bytes[start..<i], as: UTF8.self)
            }
            record.append(Field(text: text, start: start, end: i))
            atRecordStart = false
            if i < n, bytes[i] == UInt8(ascii: ",") {
                i += 1
                continue
            }
            // End of the record (a line ending or the end of the file).
            if i < n, bytes[i] == 0x0D { i += 1 }
            if i < n, bytes[i] == 0x0A { i += 1 }
            if !(record.count == 1 && record[0].text.isEmpty && record[0].start == record[0].end) { records.append(record) }
            let width = record.count
            record = []
            record.reserveCapacity(width)
            atRecordStart = true
            if i >= n { break }
        }
        return records
    }
}

extension CSVRecords.Field {
    /// A field whose text is the one numbered `number` among its reader's texts; past
    /// `Int32.max` texts, a field without a number (never one that another text has).
    init(text: String, start: Int, end: Int, numbered number: Int) {
        self.init(text: text, start: start, end: end, number: Int32(exactly: number) ?? -1)
    }
}
