/// Compiled templates of one format, rendered by a small interpreter over ``TemplateValue``.
///
/// It writes the same bytes as swift-mustache for the constructs ``TemplateParser`` accepts
/// (lookups climb the stack of enclosing values, dotted names resolve from the first value that
/// has their first part, a standalone partial indents every line it writes after its first), at a
/// fraction of the cost: documents with tens of thousands of table cells spend most of their
/// time in template lookups, which swift-mustache answers with dynamic casts and reflection.
struct TemplateProgram: Sendable {
    /// Parsed templates by name.
    let templates: [String: [TemplateNode]]

    /// Parses every template; throws ``TemplateParser/Unsupported`` with the template's name for
    /// the first one that needs swift-mustache.
    init(sources: [String: String]) throws {
        var templates: [String: [TemplateNode]] = [:]
        for (name, text) in sources {
            do {
                templates[name] = try TemplateParser.parse(text)
            } catch let error as TemplateParser.Unsupported {
                throw TemplateParser.Unsupported(description: "\(name): \(error.description)")
            }
        }
        self.templates = templates
    }

    /// `name` rendered with `value` at the bottom of the stack; `nil` when there is no such template.
    func render(_ name: String, value: TemplateValue) -> String? {
        renderBytes(name, value: value).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The UTF-8 of `name` rendered with `value`, written into one byte buffer reserved for
    /// `capacity` bytes (appending bytes costs a fraction of appending to a `String`, which
    /// checks and grows its storage for every piece); `nil` when there is no such template.
    func renderBytes(_ name: String, value: TemplateValue, capacity: Int = 0) -> [UInt8]? {
        guard let nodes = templates[name] else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(capacity)
        var stack = [value.resolved]
        render(nodes, stack: &stack, type: .html, indentation: [], into: &out)
        return out
    }

    private func render(_ nodes: [TemplateNode], stack: inout [TemplateValue], type: TemplateContentType, indentation: [UInt8], into out: inout [UInt8]) {
        var type = type
        guard !indentation.isEmpty else {
            for node in nodes { render(node, stack: &stack, type: &type, indentation: indentation, into: &out) }
            return
        }
        // Inside an indented partial: a node that writes something at the start of a line (of
        // this call's output) is preceded by the indentation.
        let start = out.count
        for node in nodes {
            let atLineStart = Self.endsWithLineFeed(out, after: start)
            if atLineStart { out.append(contentsOf: indentation) }
            let mark = out.count
            render(node, stack: &stack, type: &type, indentation: indentation, into: &out)
            if atLineStart, out.count == mark { out.removeLast(indentation.count) }
        }
    }

    @inline(__always)
    private func render(_ node: TemplateNode, stack: inout [TemplateValue], type: inout TemplateContentType, indentation: [UInt8], into out: inout [UInt8]) {
        switch node {
        case .text(let text):
            out.append(contentsOf: text)
        case .variable(let name, let escaped):
            switch Self.lookup(name, in: stack) {
            case .text(let text): if escaped { type.append(text, to: &out) } else { Self.append(text, to: &out) }
            case .utf8(let bytes):
                if escaped { type.append(String(decoding: bytes, as: UTF8.self), to: &out) } else { out.append(contentsOf: bytes) }
            case .bool(let flag): Self.append(flag ? "true" : "false", to: &out)
            // A deferred value is made by the lookup (``TemplateValue/child(_:)``), never seen here.
            case .list, .object, .deferred, nil: break
            }
        case .section(let name, let inverted, let body):
            let value = Self.lookup(name, in: stack)
            if inverted {
                switch value {
                case nil, .bool(false): render(body, stack: &stack, type: type, indentation: indentation, into: &out)
                case .list(let items) where items.isEmpty: render(body, stack: &stack, type: type, indentation: indentation, into: &out)
                default: break
                }
                return
            }
            switch value {
            case nil, .bool(false): break
            case .bool(true): render(body, stack: &stack, type: type, indentation: indentation, into: &out)
            case .list(let items):
                for item in items {
                    stack.append(item)
                    render(body, stack: &stack, type: type, indentation: indentation, into: &out)
                    stack.removeLast()
                }
            case .text, .utf8, .object, .deferred:
                stack.append(value!.resolved)
                render(body, stack: &stack, type: type, indentation: indentation, into: &out)
                stack.removeLast()
            }
        case .partial(let name, let partialIndentation):
            guard let nodes = templates[name] else { return }
            render(nodes, stack: &stack, type: .html, indentation: indentation + partialIndentation, into: &out)
        case .contentType(let newType):
            type = newType
        }
    }

    /// Appends the UTF-8 of `text` (read in place: a native string's storage, a small one's copy on the stack).
    @inline(__always)
    private static func append(_ text: String, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { out.append(contentsOf: $0) }
    }

    /// The value `name` refers to: `.` is the top of the stack; otherwise the first part is looked
    /// up from the top down (only on the top for `.x`) and the other parts inside it.
    @inline(__always)
    static func lookup(_ name: TemplateName, in stack: [TemplateValue]) -> TemplateValue? {
        guard let first = name.path.first else { return stack.last }
        var found: TemplateValue?
        if name.currentOnly {
            found = stack.last?.child(first)
        } else {
            // By index from the top: the values are read in place, not copied one by one.
            var i = stack.count - 1
            while i >= 0 {
                if let child = stack[i].child(first) { found = child; break }
                i -= 1
            }
        }
        guard name.path.count > 1 else { return found }
        for part in name.path.dropFirst() {
            guard let value = found else { return nil }
            found = value.child(part)
        }
        return found
    }

    /// Whether `out` ends with a line feed written after `start` (not as part of `\r\n`, which
    /// swift-mustache counts as one character that is not a line feed).
    private static func endsWithLineFeed(_ out: [UInt8], after start: Int) -> Bool {
        guard out.count > start, out[out.count - 1] == 10 else { return false }
        guard out.count - start >= 2 else { return true }
        return out[out.count - 2] != 13
    }
}
