/// A value handed to templates: plain, typed data, so that a lookup is a dictionary read and a
/// section is a `switch` (no reflection, no dynamic casts).
///
/// Truthiness follows swift-mustache, which stays the reference engine: `false`, an empty list
/// and a missing name are false; any text (even empty) and any object are true.
public enum TemplateValue: Sendable, Equatable {
    /// Text; `{{x}}` escapes it for the template's content type, `{{{x}}}` inserts it as is.
    case text(String)
    /// A flag for `{{#x}}`/`{{^x}}`; `{{x}}` prints `true` or `false`.
    case bool(Bool)
    /// A list: `{{#x}}…{{/x}}` renders once per element, with the element on top of the stack.
    case list([TemplateValue])
    /// Named children, looked up by `{{name}}` and `{{a.b}}`.
    case object([String: TemplateValue])

    /// The child called `name` of an object; `nil` for anything else.
    @inline(__always)
    func child(_ name: String) -> TemplateValue? {
        if case .object(let fields) = self { return fields[name] }
        return nil
    }

    /// `value` (strings, booleans, integers, lists and `[String: Any]` dictionaries, as the
    /// document model builds them) as a template value; anything else becomes its description.
    static func wrap(_ value: Any) -> TemplateValue {
        switch value {
        case let s as String: .text(s)
        case let b as Bool: .bool(b)
        case let d as [String: Any]: .object(d.mapValues(wrap))
        case let a as [[String: Any]]: .list(a.map { .object($0.mapValues(wrap)) })
        case let a as [String]: .list(a.map { .text($0) })
        case let a as [Any]: .list(a.map(wrap))
        case let v as TemplateValue: v
        default: .text(String(describing: value))
        }
    }
}
