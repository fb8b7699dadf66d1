import Foundation

/// Recognizes YAML constructs at the start of a plain value and reports each with what to
/// write instead.
enum YAMLFeatureCheck {
    /// Checks the plain value `start..<end`; returns the feature found, already reported.
    static func check(_ bytes: [UInt8], from start: Int, to end: Int, context: inout DSLContext) -> YAMLFeature? {
        guard start < end else { return nil }
        let first = bytes[start]
        let followedByText = start + 1 < end && bytes[start + 1] != LineLexer.space && bytes[start + 1] != LineLexer.tab
        switch first {
        case UInt8(ascii: "&") where followedByText:
            let name = wordEnd(bytes, from: start, to: end)
            context.error(DSLRules.yamlAnchor, start, name, "Anchors ('&name') are not part of the plan language: write the value in full where it is needed")
            return .anchor
        case UInt8(ascii: "*") where followedByText:
            let name = wordEnd(bytes, from: start, to: end)
            context.error(DSLRules.yamlAlias, start, name, "Aliases ('*name') are not part of the plan language: repeat the value instead")
            return .alias
        case UInt8(ascii: "!") where followedByText:
            let name = wordEnd(bytes, from: start, to: end)
            context.error(DSLRules.yamlTag, start, name, "Tags ('!tag') are not part of the plan language: remove the tag, every key already has a type",
                          fixIts: [context.fix("Remove the tag", start, min(name + 1, end), "")])
            return .tag
        case UInt8(ascii: "["), UInt8(ascii: "{"):
            reportFlow(bytes, from: start, to: end, context: &context)
            return .flowCollection
        case UInt8(ascii: "|"), UInt8(ascii: ">"):
            guard bytes[(start + 1)..<end].allSatisfy({ $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "+") || ($0 >= 0x30 && $0 <= 0x39) }) else { return nil }
            context.error(DSLRules.yamlBlockScalar, start, end, "Block text ('|', '>') is not part of the plan language: write the text on one line after the key, or as '- ' items")
            return .blockScalar
        case UInt8(ascii: "'") where end - start >= 2 && bytes[end - 1] == UInt8(ascii: "'"):
            let inner = String(decoding: bytes[(start + 1)..<(end - 1)], as: UTF8.self)
            let escaped = inner.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            context.error(DSLRules.singleQuotedText, start, end, "Single quotes are not part of the plan language: write the text without quotes, or in double quotes",
                          fixIts: [context.fix("Use double quotes", start, end, "\"\(escaped)\"")])
            return .singleQuoted
        default:
            return nil
        }
    }

    private static func wordEnd(_ bytes: [UInt8], from start: Int, to end: Int) -> Int {
        var k = start + 1
        while k < end, bytes[k] != LineLexer.space, bytes[k] != LineLexer.tab { k += 1 }
        return k
    }

    /// `[a, b]` becomes a comma list; `{...}` becomes indented lines.
    private static func reportFlow(_ bytes: [UInt8], from start: Int, to end: Int, context: inout DSLContext) {
        let isList = bytes[start] == UInt8(ascii: "[")
        let inner = bytes[(start + 1)..<end]
        let simple = isList && bytes[end - 1] == UInt8(ascii: "]") && !inner.dropLast().contains { "[]{}\"'".utf8.contains($0) }
        var fixIts = [FixItPlan]()
        if simple {
            let items = String(decoding: inner.dropLast(), as: UTF8.self).split(separator: ",").map { $0.trimmingSpaces }
            if !items.contains(where: \.isEmpty) { fixIts.append(FixItPlan(message: "Write a comma list", text: items.joined(separator: ", "))) }
        }
        let summary = isList
            ? "Brackets ('[...]') are not part of the plan language: write a list as 'a, b, c' or as '- ' items on the following lines"
            : "Braces ('{...}') are not part of the plan language: write 'key: value' lines indented under the key"
        context.error(DSLRules.yamlFlowCollection, start, start + 1, summary, fixIts: fixIts.map { context.fix($0.message, start, end, $0.text) })
    }

    private struct FixItPlan { var message: String; var text: String }
}

extension Substring {
    /// The text without leading and trailing spaces and tabs.
    var trimmingSpaces: String {
        var s = self[...]
        while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" { s = s.dropLast() }
        return String(s)
    }
}
