/// Word bookmark names for the documents' anchors (`place-TCD`, `sector-TCD-protection`):
/// a letter first, then letters, digits and `_`, at most 40 characters (Word's limits), so the
/// contents and internal links can point at them.
enum DocxBookmark {
    /// `r_` and the anchor with every character but an ASCII letter or digit as `_` (one for
    /// each character, however many bytes it takes), read on the anchor's bytes.
    static func name(_ anchor: String) -> String {
        // A name starting with `_` is hidden in Word's bookmark list; start with a letter.
        var out: [UInt8] = [UInt8(ascii: "r"), UInt8(ascii: "_")]
        out.reserveCapacity(anchor.utf8.count + 2)
        for byte in anchor.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"): out.append(byte)
            // A byte that continues a character outside ASCII: its first byte gave the `_`.
            case 0x80..<0xC0: continue
            default: out.append(UInt8(ascii: "_"))
            }
        }
        if out.count <= 40 { return String(decoding: out, as: UTF8.self) }
        // A long anchor keeps its start and a hash of the whole, to stay unique.
        let hash = ContentHash.of(Array(anchor.utf8)).prefix(8)
        return String(decoding: out.prefix(31), as: UTF8.self) + "_" + hash
    }
}
