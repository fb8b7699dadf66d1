import Mustache

/// Escaping for plan data written into Markdown.
///
/// Inline syntax characters (`\ ` * _ [ ] { } | ~ &`) get a backslash anywhere; characters
/// that only matter at the start of a line (`#`, `-`, `+`, `=`, `1.`/`1)`) get one when the
/// value starts with them; `<` and `>` become entities, so no raw HTML can come out of a
/// front-matter value; line breaks become spaces, which keeps table rows on one line.
public enum MarkdownEscape {
    /// The escaped text. Works on UTF-8 bytes (every character it escapes is ASCII).
    public static func escape(_ text: String) -> String {
        if !text.containsUTF8Byte(where: needsCare) { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 8)
        append(text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the escaped UTF-8 of `text` to `out` (a rendered document), without making an
    /// escaped string first.
    static func append(_ text: String, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            guard bytes.contains(where: needsCare) else { return out.append(contentsOf: bytes) }
            var atStart = true
            var leadingDigits = true
            var previousCR = false
            for b in bytes {
                defer {
                    leadingDigits = leadingDigits && b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")
                    atStart = false
                }
                if previousCR {
                    previousCR = false
                    if b == 10 { continue }  // `\r\n` is one line break: one space.
                }
                switch b {
                case UInt8(ascii: "<"): out += "&lt;".utf8
                case UInt8(ascii: ">"): out += "&gt;".utf8
                case 10: out.append(UInt8(ascii: " "))
                case 13: out.append(UInt8(ascii: " ")); previousCR = true
                default:
                    if isInline(b) || (atStart && isLeading(b)) || (leadingDigits && !atStart && (b == UInt8(ascii: ".") || b == UInt8(ascii: ")"))) {
                        out.append(UInt8(ascii: "\\"))
                    }
                    out.append(b)
                }
            }
        }
    }

    /// `\ ` * _ [ ] { } | ~ &`: escaped anywhere.
    private static func isInline(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["), UInt8(ascii: "]"),
             UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "|"), UInt8(ascii: "~"), UInt8(ascii: "&"): true
        default: false
        }
    }

    /// `# - + =`: escaped at the start of the value.
    private static func isLeading(_ b: UInt8) -> Bool {
        b == UInt8(ascii: "#") || b == UInt8(ascii: "-") || b == UInt8(ascii: "+") || b == UInt8(ascii: "=")
    }

    /// Bytes that may need an escape somewhere in a value (a fast path skips values without any).
    private static func needsCare(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["), UInt8(ascii: "]"),
             UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "|"), UInt8(ascii: "~"), UInt8(ascii: "&"), UInt8(ascii: "<"),
             UInt8(ascii: ">"), UInt8(ascii: "#"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "="), UInt8(ascii: "."),
             UInt8(ascii: ")"), 10, 13: true
        default: false
        }
    }

    /// The content type name Markdown templates select with `{{% CONTENT_TYPE: MARKDOWN}}`.
    public static let contentTypeName = "MARKDOWN"

    /// Registers the Markdown content type with swift-mustache (once, before templates parse).
    static let registered: Bool = {
        MustacheContentTypes.register(MarkdownContentType(), named: contentTypeName)
        return true
    }()

    private struct MarkdownContentType: MustacheContentType {
        func escapeText(_ text: String) -> String { MarkdownEscape.escape(text) }
    }
}
