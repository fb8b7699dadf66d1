import Mustache

/// A text value handed to swift-mustache (see ``TemplateLibrary``). swift-mustache renders it through `renderText` without the
/// reflection and `String(describing:)` it uses for plain values, which matters for documents
/// with tens of thousands of table cells. Escaping is unchanged (`{{x}}` escapes, `{{{x}}}` not).
struct TemplateText: MustacheCustomRenderable, CustomStringConvertible, Sendable {
    let renderText: String
    var isNull: Bool { false }
    var description: String { renderText }

    /// `value` in the shapes swift-mustache renders without reflection: texts as
    /// ``TemplateText``, objects as ``TemplateObject``, lists as arrays.
    static func bridge(_ value: TemplateValue) -> Any {
        switch value {
        case .text(let text): TemplateText(renderText: text)
        case .utf8(let bytes): TemplateText(renderText: String(decoding: bytes, as: UTF8.self))
        case .bool(let flag): flag
        case .list(let items): items.map(bridge)
        case .object(let fields): TemplateObject(fields: Dictionary(uniqueKeysWithValues: fields.map { ($0.key.name, bridge($0.value)) }))
        case .deferred(let lazy): bridge(lazy.value)
        }
    }
}

/// A dictionary of template values with a direct lookup (swift-mustache asks a
/// `MustacheParent` for its children instead of reflecting on it).
final class TemplateObject: MustacheParent {
    let fields: [String: Any]

    init(fields: [String: Any]) { self.fields = fields }

    func child(named name: String) -> Any? { fields[name] }
}
