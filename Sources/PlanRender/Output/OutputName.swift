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
}
