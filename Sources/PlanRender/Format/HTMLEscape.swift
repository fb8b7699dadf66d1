import Mustache

/// Escaping for text written into HTML or SVG: by our own code (charts), and by the HTML
/// templates, which select it with `{{% CONTENT_TYPE: HTML}}` (the same entities as
/// swift-mustache's default, computed on UTF-8 bytes, with a fast path for text without any).
public enum HTMLEscape {
    /// `&`, `<`, `>`, `"` and `'` replaced by entities.
    public static func escape(_ text: String) -> String {
        if !text.containsUTF8Byte(where: { $0 == 38 || $0 == 60 || $0 == 62 || $0 == 34 || $0 == 39 }) { return text }
        return text.replacingScalars { scalar in
            switch scalar {
            case "&": "&amp;"
            case "<": "&lt;"
            case ">": "&gt;"
            case "\"": "&quot;"
            case "'": "&#39;"
            default: nil
            }
        }
    }

    /// Appends the escaped UTF-8 of `text` to `out` (a rendered document): the text's own bytes
    /// when it has nothing to escape.
    static func append(_ text: String, to out: inout [UInt8]) {
        var text = escape(text)
        text.withUTF8 { out.append(contentsOf: $0) }
    }

    /// Registers this escaping as swift-mustache's `HTML` content type (once, before templates parse).
    static let registered: Bool = {
        MustacheContentTypes.register(HTMLContentType(), named: "HTML")
        return true
    }()

    private struct HTMLContentType: MustacheContentType {
        func escapeText(_ text: String) -> String { HTMLEscape.escape(text) }
    }
}
