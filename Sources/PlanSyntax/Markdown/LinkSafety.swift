/// Which link destinations the outputs leave out: the one rule the HTML and the Markdown
/// documents apply (docs/outputs.md).
///
/// A destination is unsafe when its scheme runs code or embeds a document: `javascript:`,
/// `vbscript:`, `file:`, and `data:` except the four image types browsers show as pictures
/// (`data:image/png`, `gif`, `jpeg`, `webp`); the same list as cmark's safe mode. The scheme is
/// read as a browser reads it: leading spaces and control characters skipped, tabs and line
/// breaks inside ignored, letters in any case.
public enum LinkSafety {
    /// Whether `destination` (as cmark resolved it: entities and escapes decoded) is unsafe.
    public static func isUnsafe(_ destination: String) -> Bool {
        isUnsafe(utf8: destination.utf8)
    }

    /// The same test on a destination's UTF-8 bytes (cmark's own string, without a copy): the
    /// bytes are matched against the schemes as they are read, never collected.
    public static func isUnsafe<Bytes: Sequence<UInt8>>(utf8 destination: Bytes) -> Bool {
        var alive = UInt8.max  // bit k: the scheme bytes so far are a prefix of prefixes[k]
        var matched: UInt8 = 0  // bit k: prefixes[k] read in full
        var count = 0
        for byte in destination {
            if count == 0, byte <= 0x20 { continue }
            if byte == 0x09 || byte == 0x0A || byte == 0x0D { continue }
            let lower = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
            for (k, prefix) in prefixes.enumerated() where alive & (1 << k) != 0 {
                guard count < prefix.count, prefix[count] == lower else {
                    alive &= ~(1 << k)
                    continue
                }
                if count + 1 == prefix.count {
                    matched |= 1 << k
                    alive &= ~(1 << k)
                }
            }
            count += 1
            if alive == 0 { break }
        }
        if matched & 0b111 != 0 { return true }
        return matched & 0b1000 != 0 && matched & 0b1111_0000 == 0
    }

    /// The schemes that run code (bits 0-2), `data:` (bit 3) and the picture types of `data:`
    /// that stay (bits 4-7).
    private static let prefixes: [[UInt8]] = [
        "javascript:", "vbscript:", "file:", "data:", "data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp",
    ].map { Array($0.utf8) }
}
