/// A value handed to templates: plain, typed data, so that a lookup is a dictionary read and a
/// section is a `switch` (no reflection, no dynamic casts).
///
/// Truthiness follows swift-mustache, which stays the reference engine: `false`, an empty list
/// and a missing name are false; any text (even empty) and any object are true.
public enum TemplateValue: Sendable, Equatable {
    /// Text; `{{x}}` escapes it for the template's content type, `{{{x}}}` inserts it as is.
    case text(String)
    /// Text already rendered as UTF-8 (a place's chapter rendered once for every document that
    /// holds it): inserted as is by `{{{x}}}` without being decoded into a `String` first (which
    /// checks every byte); otherwise it behaves as ``text(_:)`` with the same characters.
    case utf8([UInt8])
    /// A flag for `{{#x}}`/`{{^x}}`; `{{x}}` prints `true` or `false`.
    case bool(Bool)
    /// A list: `{{#x}}…{{/x}}` renders once per element, with the element on top of the stack.
    case list([TemplateValue])
    /// Named children, looked up by `{{name}}` and `{{a.b}}`.
    case object([TemplateKey: TemplateValue])
    /// A value made when it is first read (``lazy(_:)``); reading a child through
    /// ``child(_:)`` makes it, so templates and the Word writer never see this case.
    case deferred(LazyTemplateValue)

    /// The child called `name` of an object (made, if it was deferred); `nil` for anything else.
    @inline(__always)
    func child(_ name: TemplateKey) -> TemplateValue? {
        guard case .object(let fields) = self, let value = fields[name] else { return nil }
        if case .deferred(let lazy) = value { return lazy.value }
        return value
    }

    /// The child called `name` of an object; `nil` for anything else.
    func child(_ name: String) -> TemplateValue? {
        child(TemplateKey(name))
    }
}

/// An object's named children.
typealias TemplateFields = [TemplateKey: TemplateValue]

/// Literals, so the document model reads as data: `["title": .text(title), "hasRows": .bool(!rows.isEmpty), "rows": .list(rows)]`.
extension TemplateValue: ExpressibleByStringInterpolation, ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral {
    public init(stringLiteral value: String) { self = .text(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(arrayLiteral elements: TemplateValue...) { self = .list(elements) }
    public init(dictionaryLiteral elements: (TemplateKey, TemplateValue)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
}
