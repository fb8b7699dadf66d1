import Foundation

/// One `<!-- rrp-lint ... -->` comment.
///
/// `disable-next-line RULE[, RULE]: reason` covers the next non-blank line;
/// `disable RULE: reason` ... `enable RULE` covers a range (to the end of the file without an
/// `enable`); `disable-file RULE: reason` covers the whole file.
struct Suppression: Sendable {
    enum Kind: String, Sendable, CaseIterable {
        case disableNextLine = "disable-next-line"
        case disable
        case enable
        case disableFile = "disable-file"
    }

    struct RuleName: Sendable {
        var id: String
        /// File offsets of the name when the comment is exact, else the comment's start.
        var start: Int
        var end: Int
    }

    var kind: Kind
    var rules: [RuleName]
    var reason: String?
    var comment: BodyComment

    /// Parses a comment; `nil` when it is not an `rrp-lint` comment, `.failure` when it is one
    /// but malformed (unknown directive, no rule).
    static func parse(_ comment: BodyComment) -> Result<Suppression, MalformedSuppression>? {
        let text = comment.text
        let trimmed = text.drop { $0.isWhitespace }
        guard trimmed.hasPrefix("rrp-lint") else { return nil }
        let afterTool = trimmed.dropFirst("rrp-lint".count)
        guard afterTool.isEmpty || afterTool.first!.isWhitespace else { return nil }
        let words = afterTool.drop { $0.isWhitespace }
        let directive = words.prefix { !$0.isWhitespace && $0 != ":" }
        guard let kind = Kind(rawValue: String(directive)) else {
            return .failure(MalformedSuppression(comment: comment, message: "unknown directive '\(directive)'; use disable-next-line, disable, enable or disable-file"))
        }
        var rest = words.dropFirst(directive.count)
        var reason: String?
        if let colon = rest.firstIndex(of: ":") {
            let r = rest[rest.index(after: colon)...].trimmingCharacters(in: .whitespacesAndNewlines)
            reason = r.isEmpty ? nil : r
            rest = rest[..<colon]
        }
        var rules: [RuleName] = []
        let base = comment.start + 4
        var index = rest.startIndex
        while index < rest.endIndex {
            if rest[index].isWhitespace || rest[index] == "," { index = rest.index(after: index); continue }
            let end = rest[index...].firstIndex { $0.isWhitespace || $0 == "," } ?? rest.endIndex
            let name = String(rest[index..<end])
            let offset = text.utf8.distance(from: text.utf8.startIndex, to: index.samePosition(in: text.utf8) ?? text.utf8.startIndex)
            let start = comment.exact ? base + offset : comment.start
            rules.append(RuleName(id: name, start: start, end: comment.exact ? start + name.utf8.count : start))
            index = end
        }
        guard !rules.isEmpty else {
            return .failure(MalformedSuppression(comment: comment, message: "'\(kind.rawValue)' names no rule"))
        }
        return .success(Suppression(kind: kind, rules: rules, reason: reason, comment: comment))
    }
}

/// An `rrp-lint` comment that cannot be read.
struct MalformedSuppression: Error, Sendable {
    var comment: BodyComment
    var message: String
}
