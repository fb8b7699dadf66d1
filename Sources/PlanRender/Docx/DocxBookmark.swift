/// Word bookmark names for the documents' anchors (`place-TCD`, `sector-TCD-protection`):
/// a letter first, then letters, digits and `_`, at most 40 characters (Word's limits), so the
/// contents and internal links can point at them.
enum DocxBookmark {
    static func name(_ anchor: String) -> String {
        var out = "_"
        for scalar in anchor.unicodeScalars {
            out.unicodeScalars.append(scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)) ? scalar : "_")
        }
        // A name starting with `_` is hidden in Word's bookmark list; start with a letter.
        out = "r" + out
        if out.count <= 40 { return out }
        // A long anchor keeps its start and a hash of the whole, to stay unique.
        let hash = ContentHash.of(Array(anchor.utf8)).prefix(8)
        return String(out.prefix(31)) + "_" + hash
    }
}
