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
        var scheme: [UInt8] = []
        for b in destination.utf8 {
            if scheme.isEmpty, b <= 0x20 { continue }
            if b == 0x09 || b == 0x0A || b == 0x0D { continue }
            scheme.append(b >= 0x41 && b <= 0x5A ? b + 0x20 : b)
            if scheme.count == 16 { break }  // the longest prefix compared below
        }
        let text = String(decoding: scheme, as: UTF8.self)
        if text.hasPrefix("javascript:") || text.hasPrefix("vbscript:") || text.hasPrefix("file:") { return true }
        guard text.hasPrefix("data:") else { return false }
        return !["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"].contains { text.hasPrefix($0) }
    }
}
