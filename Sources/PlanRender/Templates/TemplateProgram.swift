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
        guard let nodes = templates[name] else { return nil }
        var out = ""
        var stack = [value]
        render(nodes, stack: &stack, type: .html, indentation: "", into: &out)
        return out
    }

    private func render(_ nodes: [TemplateNode], stack: inout [TemplateValue], type: TemplateContentType, indentation: String, into out: inout String) {
        var type = type
        guard !indentation.isEmpty else {
            for node in nodes { render(node, stack: &stack, type: &type, indentation: indentation, into: &out) }
            return
        }
        // Inside an indented partial: a node that writes something at the start of a line (of
        // this call's output) is preceded by the indentation.
        let start = out.utf8.count
        for node in nodes {
            let atLineStart = Self.endsWithLineFeed(out, after: start)
            if atLineStart { out += indentation }
            let mark = out.utf8.count
            render(node, stack: &stack, type: &type, indentation: indentation, into: &out)
            if atLineStart, out.utf8.count == mark { out.removeLast(indentation.count) }
        }
    }

    @inline(__always)
    private func render(_ node: TemplateNode, stack: inout [TemplateValue], type: inout TemplateContentType, indentation: String, into out: inout String) {
        switch node {
        case .text(let text):
            out += text
        case .variable(let name, let escaped):
            switch Self.lookup(name, in: stack) {
            case .text(let text): out += escaped ? type.escape(text) : text
            case .bool(let flag): out += flag ? "true" : "false"
            case .list, .object, nil: break
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
            case .text, .object:
                stack.append(value!)
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
    private static func endsWithLineFeed(_ out: String, after start: Int) -> Bool {
        let utf8 = out.utf8
        guard utf8.count > start, utf8.last == 10 else { return false }
        guard utf8.count - start >= 2 else { return true }
        return utf8[utf8.index(utf8.endIndex, offsetBy: -2)] != 13
    }
}
