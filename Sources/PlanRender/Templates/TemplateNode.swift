/// One piece of a compiled template (see ``TemplateParser``).
indirect enum TemplateNode: Sendable {
    /// Literal template text (UTF-8), copied as is.
    case text([UInt8])
    /// `{{name}}` (escaped) or `{{{name}}}` / `{{&name}}` (raw).
    case variable(TemplateName, escaped: Bool)
    /// `{{#name}}…{{/name}}`, or `{{^name}}…{{/name}}` when `inverted`.
    case section(TemplateName, inverted: Bool, body: [TemplateNode])
    /// `{{> name}}`; `indentation` is the whitespace before a standalone partial tag, added to
    /// every line the partial writes after its first.
    case partial(String, indentation: [UInt8])
    /// `{{% CONTENT_TYPE: NAME}}`: the escaping for the rest of the enclosing template or section.
    case contentType(TemplateContentType)
}

/// A variable or section name, split once at parse time.
struct TemplateName: Sendable {
    /// The name's parts (`a.b` → `["a", "b"]`), hashed once; empty for `.`, the current value.
    var path: [TemplateKey]
    /// A name starting with `.` (`.x`) is looked up on the current value only, without climbing
    /// to the enclosing values.
    var currentOnly: Bool

    init(_ name: String) {
        path = name == "." ? [] : name.split(separator: ".").map { TemplateKey(String($0)) }
        currentOnly = name.first == "."
    }
}

/// How `{{x}}` escapes text: `HTML` (the default, also after entering a partial), `MARKDOWN` or
/// `TEXT` (no escaping), as selected by the `CONTENT_TYPE` pragma.
enum TemplateContentType: String, Sendable {
    case html = "HTML"
    case markdown = "MARKDOWN"
    case text = "TEXT"

    /// Appends `text` escaped to `out`, a rendered document's UTF-8.
    @inline(__always)
    func append(_ text: String, to out: inout [UInt8]) {
        switch self {
        case .html: HTMLEscape.append(text, to: &out)
        case .markdown: MarkdownEscape.append(text, to: &out)
        case .text:
            var text = text
            text.withUTF8 { out.append(contentsOf: $0) }
        }
    }
}
