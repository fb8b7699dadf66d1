import PlanDiagnostics
import PlanModel

/// Builds the tree line by line with an explicit stack of open blocks: linear in the input and
/// free of recursion, so 10,000 nesting levels cost no stack.
struct TreeBuilder {
    private(set) var tree: FrontMatterTree
    private var stack: [Frame]
    private var pending: Pending?
    private var swallowAbove: Int?
    private var poisoned: [Int] = []
    private let file: SourceFile

    /// `lineCount` (the number of lines to come) sizes the node table once.
    init(context: DSLContext, start: Int, lineCount: Int = 0) {
        file = context.file
        tree = FrontMatterTree(rootRange: context.range(start, start))
        tree.nodes.reserveCapacity(2 * lineCount + 1)
        stack = [Frame(node: 0, indent: 0, isSequence: false, compact: false, depth: 0, lastEnd: start)]
    }

    /// Adds one line; returns the nesting depth of its first part (for the formatter), or `nil`
    /// for lines that hold nothing or were skipped.
    mutating func add(_ line: FrontMatterLine, context: inout DSLContext) -> Int? {
        if line.rejected || line.isTrivia { return nil }
        if let limit = swallowAbove {
            if line.indent > limit { return nil }
            swallowAbove = nil
        }
        var depth: Int?
        // The `- ` markers, then the terminal, placed in order until one does not fit.
        for (k, offset) in line.dashes.enumerated() {
            guard let d = place(.dash(offset), line: line, sameLine: k > 0, context: &context) else { return depth }
            if depth == nil { depth = d }
        }
        let last: Segment
        switch line.terminal {
        case .none: return depth
        case .key(let name, let colon, let value): last = .key(name: name, colon: colon, value: value)
        case .scalar(let token): last = .scalar(token)
        }
        guard let d = place(last, line: line, sameLine: !line.dashes.isEmpty, context: &context) else { return depth }
        return depth ?? d
    }

    /// Closes every open block and returns the tree.
    mutating func finish() -> FrontMatterTree {
        while stack.count > 1 { pop() }
        close(stack[0])
        for node in poisoned { tree.nodes[node].kind = .invalid }
        return tree
    }

    private mutating func place(_ segment: Segment, line: FrontMatterLine, sameLine: Bool, context: inout DSLContext) -> Int? {
        let column = start(of: segment) - line.start
        if let p = pending {
            pending = nil
            let opens = column > p.indent || (column == p.indent && segment.isDash && p.isEntry && !sameLine)
            if opens {
                if case .scalar(let token) = segment {
                    if !sameLine { reportValueOnNextLine(token, line: line, context: &context) }
                    setValue(p.node, token, swallowIndent: p.indent, context: context)
                    extendTop(to: token.range.upperBound)
                    return p.depth + 1
                }
                tree.nodes[p.node].kind = segment.isDash ? .sequence : .mapping
                tree.nodes[p.node].range = context.range(start(of: segment), start(of: segment))
                if p.poisoned { poisoned.append(p.node) }
                stack.append(Frame(node: p.node, indent: column, isSequence: segment.isDash, compact: column == p.indent,
                                   depth: p.depth + 1, lastEnd: start(of: segment)))
            }
        }
        var poppedIndent: Int?
        while stack.count > 1, stack[stack.count - 1].indent > column {
            poppedIndent = stack[stack.count - 1].indent
            pop()
        }
        if stack.count > 1, stack[stack.count - 1].compact, !segment.isDash, stack[stack.count - 1].indent == column { pop() }
        // Only scalars are read from the frame: a copy of it would share its key table, and the
        // append below would then copy the table on every line (quadratic time).
        let indent = stack[stack.count - 1].indent
        let depth = stack[stack.count - 1].depth
        if indent != column {
            if !line.tabbed { IndentationReport.report(line: line, column: column, expected: indent, popped: poppedIndent, context: &context) }
            swallowAbove = poppedIndent == nil ? indent : column
            return nil
        }
        return append(segment, line: line, context: &context) ? depth : nil
    }

    /// Appends the segment to the innermost open block; `false` when it does not fit there.
    private mutating func append(_ segment: Segment, line: FrontMatterLine, context: inout DSLContext) -> Bool {
        let top = stack.count - 1
        let frameNode = stack[top].node
        let frameDepth = stack[top].depth
        switch segment {
        case .dash(let offset):
            guard stack[top].isSequence else {
                context.error(DSLRules.expectedKey, offset, offset + 1, "Expected 'key: value' here: a '- ' item can only stand in a list")
                return false
            }
            let node = tree.add(FrontMatterNode(kind: .empty, range: context.range(offset + 1, offset + 1)))
            tree.nodes[frameNode].items.append(FrontMatterItem(dash: context.range(offset, offset + 1), value: node))
            pending = Pending(node: node, indent: offset - line.start, depth: frameDepth, isEntry: false, poisoned: false)
            stack[top].lastEnd = offset + 1
        case .key(let name, let colon, let value):
            guard !stack[top].isSequence else {
                context.error(DSLRules.expectedListItem, name.lowerBound, colon + 1, "Expected a '- ' item here: this block is a list",
                              fixIts: [context.fix("Insert '- '", name.lowerBound, name.lowerBound, "- ")])
                return false
            }
            let key = String(decoding: context.file.bytes[name], as: UTF8.self)
            let keyRange = context.range(name.lowerBound, name.upperBound)
            let node = tree.add(FrontMatterNode(kind: .empty, range: context.range(colon + 1, colon + 1)))
            if let first = firstRange(ofKey: key, frame: top) {
                context.error(DSLRules.duplicateKey, name.lowerBound, name.upperBound, "Key '\(key.excerpt)' is already set in this block",
                              notes: [DiagnosticNote("'\(key.excerpt)' is first set here", file: context.file.path, range: first)])
            } else {
                if !stack[top].keys.isEmpty { stack[top].keys[key] = keyRange }
                tree.nodes[frameNode].entries.append(FrontMatterEntry(key: key, keyRange: keyRange, value: node))
            }
            if let value, !isBareMarker(value) {
                setValue(node, value, swallowIndent: name.lowerBound - line.start, context: context)
                stack[top].lastEnd = value.range.upperBound
            } else {
                pending = Pending(node: node, indent: name.lowerBound - line.start, depth: frameDepth, isEntry: true, poisoned: value != nil)
                if value != nil { tree.nodes[node].kind = .invalid }
                stack[top].lastEnd = colon + 1
            }
        case .scalar(let token):
            ExpectedKeyReport.report(token, inSequence: stack[top].isSequence, context: &context)
            return false
        }
        return true
    }

    /// Where `key` is first set in the block of frame `index`. Small blocks are searched
    /// linearly (no hashing); from ``Frame/linearKeyLimit`` keys on, a key table is kept.
    private mutating func firstRange(ofKey key: String, frame index: Int) -> SourceRange? {
        if stack[index].keys.isEmpty {
            let entries = tree.nodes[stack[index].node].entries
            if entries.count < Frame.linearKeyLimit {
                return entries.first { $0.key == key }?.keyRange
            }
            for entry in entries { stack[index].keys[entry.key] = entry.keyRange }
        }
        return stack[index].keys[key]
    }

    private func start(of segment: Segment) -> Int {
        switch segment {
        case .dash(let offset): offset
        case .key(let name, _, _): name.lowerBound
        case .scalar(let token): token.range.lowerBound
        }
    }

    /// `&anchor` or `!tag` alone after a key: the block below still belongs to the key.
    private func isBareMarker(_ token: ScalarToken) -> Bool {
        guard token.feature == .anchor || token.feature == .tag else { return false }
        return !token.text.contains(" ")
    }

    private mutating func setValue(_ node: Int, _ token: ScalarToken, swallowIndent: Int, context: DSLContext) {
        let range = context.range(token.range.lowerBound, token.range.upperBound)
        if let feature = token.feature {
            tree.nodes[node].kind = .invalid
            tree.nodes[node].range = range
            if feature.swallowsBlock { swallowAbove = swallowIndent }
            return
        }
        tree.nodes[node].kind = .scalar
        tree.nodes[node].range = range
        tree.nodes[node].scalar = FrontMatterScalar(text: token.text, range: range, quoted: token.quoted)
    }

    private mutating func extendTop(to end: Int) {
        stack[stack.count - 1].lastEnd = max(stack[stack.count - 1].lastEnd, end)
    }

    private mutating func pop() {
        let frame = stack.removeLast()
        close(frame)
        extendTop(to: frame.lastEnd)
    }

    private mutating func close(_ frame: Frame) {
        let start = tree.nodes[frame.node].range.start
        tree.nodes[frame.node].range = SourceRange(start: start, end: locationOf(frame.lastEnd, after: start))
    }

    private func locationOf(_ offset: Int, after start: SourceLocation) -> SourceLocation {
        let end = file.location(atOffset: offset)
        return end.offset < start.offset ? start : end
    }

    private func reportValueOnNextLine(_ token: ScalarToken, line: FrontMatterLine, context: inout DSLContext) {
        if token.text.hasPrefix("-"), !token.quoted {
            ExpectedKeyReport.report(token, inSequence: true, context: &context)
            return
        }
        context.error(DSLRules.valueOnNextLine, token.range.lowerBound, token.range.upperBound,
                      "Write the value on the same line as its key, after ': '")
    }
}
