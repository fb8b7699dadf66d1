import PlanModel

extension SchemaReader {
    /// A list of typed values: `a, b, c` on the key's line, or one `- ` item per line.
    mutating func list<T>(_ entry: FrontMatterEntry, expecting: String, _ parse: (LiteralBytes) -> Parsed<T>) -> [Located<T>] {
        let node = tree[entry.value]
        switch node.kind {
        case .scalar:
            guard let scalar = node.scalar else { return [] }
            if scalar.quoted { return literal(scalar, parse).map { [$0] } ?? [] }
            let (values, failures) = CommaList.parse(bytes(of: scalar), parse)
            failures.forEach { context.report($0) }
            // "a,#b" must not become "a, #b": a "#" after a space starts a comment.
            let startsComment = values.contains { $0.1.first == UInt8(ascii: "#") }
            if context.recordsRewrites, failures.isEmpty, !startsComment { context.rewrite(scalar.range.start.offset, scalar.range.end.offset, values.map { $0.2 ?? $0.1.text }.joined(separator: ", ")) }
            return values.map { Located($0.0, at: context.range($0.1.startIndex, $0.1.endIndex)) }
        case .sequence:
            return items(entry, expecting: expecting).compactMap { literal($0, parse) }
        case .empty:
            reportMissingValue(entry, expecting: expecting)
        case .mapping:
            context.error(DSLRules.expectedValue, node.range.start.offset, node.range.start.offset + 1,
                          "'\(entry.key)' takes \(expecting) as 'a, b, c' or as '- ' items, not 'key: value' lines")
        case .invalid:
            break
        }
        return []
    }

    /// A list of free texts, which may contain commas: one `- ` item per line, or one text on
    /// the key's line.
    mutating func textList(_ entry: FrontMatterEntry) -> [Located<String>] {
        let node = tree[entry.value]
        if node.kind == .scalar, let scalar = node.scalar { return [Located(scalar.text, at: scalar.range)] }
        if node.kind == .sequence { return items(entry, expecting: "text").map { Located($0.text, at: $0.range) } }
        _ = scalar(entry, expecting: "text")
        return []
    }

    /// The scalar items of a sequence, reporting empty and nested items.
    mutating func items(_ entry: FrontMatterEntry, expecting: String) -> [FrontMatterScalar] {
        var out: [FrontMatterScalar] = []
        for item in tree[entry.value].items {
            let node = tree[item.value]
            switch node.kind {
            case .scalar: if let s = node.scalar { out.append(s) }
            case .invalid: break
            case .empty:
                context.error(CommaList.emptyItemID, item.dash.start.offset, item.dash.end.offset, "Empty '- ' item in '\(entry.key)': write \(expecting) after the dash, or remove the line")
            case .mapping, .sequence:
                context.error(DSLRules.expectedValue, node.range.start.offset, node.range.start.offset + 1,
                              "The items of '\(entry.key)' are \(expecting), not \(node.kind == .mapping ? "'key: value' blocks" : "nested lists")")
            }
        }
        return out
    }

    /// The items of a list of blocks (`indicators:` then `- id: ...`).
    mutating func blockItems(_ entry: FrontMatterEntry, expecting: String) -> [(item: FrontMatterItem, entries: [FrontMatterEntry])] {
        let node = tree[entry.value]
        switch node.kind {
        case .sequence: break
        case .invalid: return []
        case .empty: reportMissingValue(entry, expecting: expecting); return []
        case .scalar, .mapping:
            context.error(DSLRules.expectedList, node.range.start.offset, max(node.range.start.offset + 1, node.kind == .scalar ? node.range.end.offset : 0),
                          "'\(entry.key)' takes a list of '- ' items, each a block of 'key: value' lines")
            return []
        }
        var out: [(FrontMatterItem, [FrontMatterEntry])] = []
        for item in node.items {
            let value = tree[item.value]
            switch value.kind {
            case .mapping: out.append((item, value.entries))
            case .invalid: break
            case .empty, .scalar, .sequence:
                context.error(DSLRules.expectedBlock, item.dash.start.offset, item.dash.end.offset, "Each item of '\(entry.key)' is a block of 'key: value' lines, such as '- id: ...'")
            }
        }
        return out
    }
}

extension SchemaReader {
    /// A list whose items may appear only once; later repeats are reported and dropped.
    mutating func uniqueList<T: Hashable>(_ entry: FrontMatterEntry, expecting: String, _ parse: (LiteralBytes) -> Parsed<T>) -> [Located<T>] {
        var seen: [T: SourceRange] = [:]
        var out: [Located<T>] = []
        for value in list(entry, expecting: expecting, parse) {
            if let first = seen[value.value] {
                context.error(DSLRules.duplicateListItem, value.range.start.offset, value.range.end.offset,
                              "'\(context.file.text(value.range.start.offset..<value.range.end.offset).excerpt)' is already listed in '\(entry.key)'",
                              notes: [.init("First listed here", file: context.file.path, range: first)])
            } else {
                seen[value.value] = value.range
                out.append(value)
            }
        }
        return out
    }
}
