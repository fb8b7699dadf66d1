import Mustache

/// A text value handed to templates. swift-mustache renders it through `renderText` without the
/// reflection and `String(describing:)` it uses for plain values, which matters for documents
/// with tens of thousands of table cells. Escaping is unchanged (`{{x}}` escapes, `{{{x}}}` not).
struct TemplateText: MustacheCustomRenderable, CustomStringConvertible, Sendable {
    let renderText: String
    var isNull: Bool { false }
    var description: String { renderText }

    /// `value` with every string wrapped as ``TemplateText`` and every dictionary as
    /// ``TemplateObject``.
    static func wrap(_ value: Any) -> Any {
        switch value {
        case let s as String: TemplateText(renderText: s)
        case let d as [String: Any]: TemplateObject(fields: d.mapValues(wrap))
        case let a as [[String: Any]]: a.map { TemplateObject(fields: $0.mapValues(wrap)) }
        case let a as [String]: a.map { TemplateText(renderText: $0) }
        case let a as [Any]: a.map(wrap)
        default: value
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
