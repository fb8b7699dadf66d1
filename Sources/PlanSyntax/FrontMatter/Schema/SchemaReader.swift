import PlanDiagnostics
import PlanModel

/// Reads typed values out of the generic tree, reporting every value of the wrong shape or type.
/// A value that was already reported as outside the language (`.invalid`) is skipped silently.
struct SchemaReader {
    let tree: FrontMatterTree
    var context: DSLContext

    /// The entries of a block value (`partners:` followed by indented `key: value` lines).
    mutating func block(_ entry: FrontMatterEntry) -> [FrontMatterEntry]? {
        let node = tree[entry.value]
        switch node.kind {
        case .mapping: return node.entries
        case .invalid: return nil
        case .empty: reportMissingValue(entry, expecting: "indented 'key: value' lines")
        case .scalar, .sequence:
            context.error(DSLRules.expectedBlock, node.range.start.offset, max(node.range.end.offset, node.range.start.offset + 1),
                          "'\(entry.key)' takes a block of indented 'key: value' lines, not \(node.kind == .scalar ? "a value on its line" : "a list")")
        }
        return nil
    }

    /// The value of a key that takes one value on its line.
    mutating func scalar(_ entry: FrontMatterEntry, expecting: String = "a value") -> FrontMatterScalar? {
        let node = tree[entry.value]
        switch node.kind {
        case .scalar: return node.scalar
        case .invalid: return nil
        case .empty: reportMissingValue(entry, expecting: expecting)
        case .mapping, .sequence:
            context.error(DSLRules.expectedValue, node.range.start.offset, node.range.start.offset + 1,
                          "'\(entry.key)' takes \(expecting) on the same line, not an indented \(node.kind == .mapping ? "block" : "list")")
        }
        return nil
    }

    /// Free text.
    mutating func text(_ entry: FrontMatterEntry) -> Located<String>? {
        scalar(entry, expecting: "text").map { Located($0.text, at: $0.range) }
    }

    /// A typed value; records its canonical spelling.
    mutating func literal<T>(_ entry: FrontMatterEntry, expecting: String, _ parse: (LiteralBytes) -> Parsed<T>) -> Located<T>? {
        guard let scalar = scalar(entry, expecting: expecting) else { return nil }
        return literal(scalar, parse)
    }

    /// A typed value read from a scalar.
    mutating func literal<T>(_ scalar: FrontMatterScalar, _ parse: (LiteralBytes) -> Parsed<T>) -> Located<T>? {
        switch parse(bytes(of: scalar)) {
        case .value(let value, let canonical):
            if !scalar.quoted, let canonical { context.rewrite(scalar.range.start.offset, scalar.range.end.offset, canonical) }
            return Located(value, at: scalar.range)
        case .failure(let failure):
            context.report(failure)
            return nil
        }
    }

    /// The bytes to interpret: the written bytes, inside the quotes for quoted values.
    func bytes(of scalar: FrontMatterScalar) -> LiteralBytes {
        let start = scalar.range.start.offset
        let end = scalar.range.end.offset
        if scalar.quoted, end - start >= 2 { return context.file.bytes[(start + 1)..<(end - 1)] }
        return context.file.bytes[start..<end]
    }

    /// The value range of `entry` (its value node, or just after the colon when empty).
    func valueRange(_ entry: FrontMatterEntry) -> SourceRange { tree[entry.value].range }

    mutating func reportMissingValue(_ entry: FrontMatterEntry, expecting: String) {
        context.error(DSLRules.missingValue, entry.keyRange.start.offset, entry.keyRange.end.offset,
                      "'\(entry.key)' has no value: write \(expecting) after the colon, or remove the key")
    }

    /// Reports a key that is not one of `known`, suggesting the nearest. `elsewhere` names the
    /// chapter kinds where the key does belong, when it is known there.
    mutating func unknownKey(_ entry: FrontMatterEntry, known: [String], in place: String, elsewhere: String? = nil) {
        let start = entry.keyRange.start.offset
        let end = entry.keyRange.end.offset
        if let near = NearMiss.suggestion(for: entry.key, in: known) {
            context.error(DSLRules.unknownKey, start, end, "Unknown key '\(entry.key.excerpt)' in \(place); did you mean '\(near)'?",
                          fixIts: [context.fix("Replace with '\(near)'", start, end, near)])
        } else {
            let tail = elsewhere.map { " ('\(entry.key.excerpt)' belongs in \($0))" } ?? ""
            context.error(DSLRules.unknownKey, start, end, "Unknown key '\(entry.key.excerpt)' in \(place)\(tail); known keys: \(known.joined(separator: ", "))")
        }
    }

    /// Reports every key of `required` that `entries` lacks, at `range`.
    mutating func require(_ required: [String], in entries: [FrontMatterEntry], at range: SourceRange, what: String) {
        // `required` holds a handful of keys: a scan per key costs less than hashing every entry.
        for key in required where !entries.contains(where: { $0.key == key }) {
            context.error(DSLRules.missingKey, range.start.offset, max(range.end.offset, range.start.offset),
                          "\(what) requires the key '\(key)'")
        }
    }
}
