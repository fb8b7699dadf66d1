/// Output file names and anchors are built from codes (ISO3, sector and partner IDs), never from
/// free text; this keeps only ASCII letters, digits, `-` and `_`, so no code can name a path
/// outside the output folder.
public enum OutputName {
    /// `code` with every other character replaced by `_` (`TCD` stays `TCD`, `../x` becomes `___x`).
    public static func safe(_ code: String) -> String {
        let mapped = code.unicodeScalars.map { s -> Character in
            s.isASCII && (("a"..."z").contains(s) || ("A"..."Z").contains(s) || ("0"..."9").contains(s) || s == "-" || s == "_") ? Character(s) : "_"
        }
        return mapped.isEmpty ? "_" : String(mapped)
    }

    /// Whether `name` is a plain output file name: ASCII letters, digits, `-`, `_` and `.`, not
    /// starting with `.` and without `..` (so never a path, a parent folder or a hidden file
    /// such as the output manifest), at most 255 bytes. Every name `rrp compile` writes is one.
    public static func isPlain(_ name: String) -> Bool {
        let bytes = Array(name.utf8)
        guard let first = bytes.first, first != UInt8(ascii: "."), bytes.count <= 255, !name.contains("..") else { return false }
        return bytes.allSatisfy { b in
            (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b == 0x2D || b == 0x5F || b == 0x2E
        }
    }
}
