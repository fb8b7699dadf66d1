import Mustache

/// Escaping for plan data written into Markdown.
///
/// Inline syntax characters (`\ ` * _ [ ] { } | ~ &`) get a backslash anywhere; characters
/// that only matter at the start of a line (`#`, `-`, `+`, `=`, `1.`/`1)`) get one when the
/// value starts with them; `<` and `>` become entities, so no raw HTML can come out of a
/// front-matter value; line breaks become spaces, which keeps table rows on one line.
public enum MarkdownEscape {
    private static let inline: Set<Character> = ["\\", "`", "*", "_", "[", "]", "{", "}", "|", "~", "&"]
    private static let leading: Set<Character> = ["#", "-", "+", "="]

    /// The escaped text.
    public static func escape(_ text: String) -> String {
        if !text.utf8.contains(where: needsCare) { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var atStart = true
        var leadingDigits = true
        for ch in text {
            switch ch {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\n", "\r", "\r\n": out += " "
            default:
                if inline.contains(ch) || (atStart && leading.contains(ch)) || (leadingDigits && !atStart && (ch == "." || ch == ")")) {
                    out.append("\\")
                }
                out.append(ch)
            }
            leadingDigits = leadingDigits && ch.isASCII && ch.isNumber
            atStart = false
        }
        return out
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
