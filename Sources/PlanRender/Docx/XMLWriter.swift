/// A small writer of XML text for the parts of a Word document: elements, attributes and text,
/// escaped as XML 1.0 requires. Characters XML 1.0 cannot hold (control characters other than
/// tab, line feed and carriage return, unpaired surrogates cannot occur in a Swift `String`,
/// U+FFFE and U+FFFF) are dropped, so no plan text can make a part Word refuses to open.
struct XMLWriter {
    /// The XML written so far.
    private(set) var text: String

    /// Starts a part with the XML declaration Word writes (`standalone="yes"`).
    init(declaration: Bool = true) {
        text = declaration ? "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" : ""
    }

    /// `<name a="v"...>`.
    mutating func open(_ name: String, _ attributes: KeyValuePairs<String, String> = [:]) {
        text.append("<")
        text.append(name)
        appendAttributes(attributes)
        text.append(">")
    }

    /// `</name>`.
    mutating func close(_ name: String) {
        text.append("</")
        text.append(name)
        text.append(">")
    }

    /// `<name a="v"... />`.
    mutating func empty(_ name: String, _ attributes: KeyValuePairs<String, String> = [:]) {
        text.append("<")
        text.append(name)
        appendAttributes(attributes)
        text.append("/>")
    }

    /// `<name a="v"...>` `body` `</name>`.
    mutating func element(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], _ body: (inout XMLWriter) -> Void) {
        open(name, attributes)
        body(&self)
        close(name)
    }

    /// `<name>text</name>`, the text escaped.
    mutating func element(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], text content: String) {
        open(name, attributes)
        characters(content)
        close(name)
    }

    /// Text content, escaped.
    mutating func characters(_ content: String) { text.append(Self.escape(content, quotes: false)) }

    /// XML written elsewhere (a fragment this writer or another made), as is.
    mutating func raw(_ xml: String) { text.append(xml) }

    private mutating func appendAttributes(_ attributes: KeyValuePairs<String, String>) {
        for (key, value) in attributes {
            text.append(" ")
            text.append(key)
            text.append("=\"")
            text.append(Self.escape(value, quotes: true))
            text.append("\"")
        }
    }

    /// `&`, `<`, `>` (and `"` in attributes) as entities; characters XML 1.0 forbids dropped.
    static func escape(_ text: String, quotes: Bool) -> String {
        if !text.containsUTF8Byte(where: { $0 == 38 || $0 == 60 || $0 == 62 || (quotes && $0 == 34) || ($0 < 32 && $0 != 9 && $0 != 10 && $0 != 13) || $0 == 0xEF }) {
            return text
        }
        return text.replacingScalars { scalar in
            switch scalar {
            case "&": "&amp;"
            case "<": "&lt;"
            case ">": "&gt;"
            case "\"" where quotes: "&quot;"
            case "\t", "\n", "\r": nil
            case "\u{FFFE}", "\u{FFFF}": ""
            default: scalar.value < 32 ? "" : nil
            }
        }
    }
}
