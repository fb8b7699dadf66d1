/// Reading a document's template values, as the Word writer walks them in the templates' order.
extension TemplateValue {
    /// The value at a dotted path (`overview.hasText`).
    func at(_ path: String) -> TemplateValue? {
        if !path.containsUTF8Byte(where: { $0 == 46 }) { return child(path) }
        var value: TemplateValue? = self
        for name in path.split(separator: ".") { value = value?.child(String(name)) }
        return value
    }

    /// The text at `path`; empty when missing or not text.
    func text(_ path: String) -> String {
        switch at(path) {
        case .text(let t): t
        case .utf8(let bytes): String(decoding: bytes, as: UTF8.self)
        default: ""
        }
    }

    /// The flag at `path` with the templates' truthiness: true, a text, an object, a non-empty list.
    func flag(_ path: String) -> Bool {
        switch at(path) {
        case .bool(let b): b
        case .list(let items): !items.isEmpty
        case .text, .utf8, .object, .deferred: true
        case nil: false
        }
    }

    /// The list at `path`; empty when missing or not a list.
    func items(_ path: String) -> [TemplateValue] {
        if case .list(let items) = at(path) { return items }
        return []
    }
}
